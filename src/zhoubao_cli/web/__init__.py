"""zhoubao serve: the week in a browser page, for editors who never open a terminal.

The page is another view of the same core: it calls the functions the commands call (open an
issue, collect, decide on doubts, render, the archive) and shows the record of a collect in the
terminal's words. Only `serve` imports this package: the web stack costs the other commands nothing.
"""
