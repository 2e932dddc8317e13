"""zhoubao: assemble a government weekly bulletin from the units' submissions."""

__version__ = "0.1.0"
