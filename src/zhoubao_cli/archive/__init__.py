"""The archive: the workspace's issues as a record of the year (import, stats, search, volume).

Beside the weekly flow (sources → collect → bulletin → render), these modules read issue folders
that collect or import wrote, and never change what a person made.
"""
