"""zhoubao: assemble a government weekly bulletin from the units' submissions."""

import os

__version__ = "0.1.0"

# zhoubao uses no pydantic plugins; looking for them reads the metadata of every installed package
# (tens of milliseconds at each start). A user who sets the variable keeps their setting.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
