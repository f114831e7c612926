"""Runs many exported scripts in one Python process (importing torch once costs seconds).

Reads lines "SCRIPT<TAB>TRACE<TAB>LOG" from stdin and runs each SCRIPT as `python3 SCRIPT --trace TRACE`
would, its printed output going to LOG. A script that fails writes its traceback to LOG and no trace;
the others still run. Exits 0; the caller checks the traces.
"""
import contextlib
import runpy
import sys
import traceback

for line in sys.stdin:
    script, trace, log = line.rstrip("\n").split("\t")
    with open(log, "w") as out, contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        sys.argv = [script, "--trace", trace]
        try:
            runpy.run_path(script, run_name="__main__")
        except BaseException:  # SystemExit from argparse included: report it, go on with the next script
            traceback.print_exc()
