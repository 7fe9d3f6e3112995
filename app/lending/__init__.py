"""The archive room: paper files, their lending register, access to confidential files and
destruction at the end of retention."""
