"""Batches on files: the cases file, the results file, the run file and the lock of ``cassation batch``.

files       reading a cases file, checking and resuming a results file, the run file, the lock
"""
