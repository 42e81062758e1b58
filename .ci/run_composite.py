"""Runs a composite GitHub Action (action.yml) locally, the way the runner does: each step's
`${{ ... }}` expressions are filled from the inputs, `github.action_path` and earlier steps'
outputs, `if:` conditions are evaluated, `run:` steps run in bash with their `env:`, and
GITHUB_OUTPUT / GITHUB_PATH work. Steps that `uses:` another action are recorded with their
`with:` values instead of run. Prints a JSON summary: the steps run or skipped, the outputs.

usage: run_composite.py ACTION_DIR WORKDIR '{"input": "value", ...}'
"""

import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def main():
    action_dir, workdir, given = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    with open(os.path.join(action_dir, "action.yml")) as f:
        action = yaml.safe_load(f)
    assert action["runs"]["using"] == "composite", "not a composite action"
    inputs = {k: str(v.get("default", "")) for k, v in action.get("inputs", {}).items()}
    for k, v in given.items():
        assert k in inputs, f"unknown input {k}"
        inputs[k] = v
    steps_out = {}
    tmp = tempfile.mkdtemp()
    path_file = os.path.join(tmp, "path")
    open(path_file, "w").close()
    env_path = os.environ["PATH"]
    failed = False
    summary = {"steps": [], "outputs": {}}

    def value(expr):
        expr = expr.strip()
        if expr == "github.action_path":
            return action_dir
        m = re.fullmatch(r"inputs\.([\w-]+)", expr)
        if m:
            return inputs[m.group(1)]
        m = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr)
        if m:
            return steps_out.get(m.group(1), {}).get(m.group(2), "")
        raise ValueError(f"unsupported expression: {expr}")

    def fill(s):
        return EXPR.sub(lambda m: value(m.group(1)), str(s))

    def condition(cond):
        cond = cond.strip()
        if cond.startswith("${{"):
            cond = EXPR.fullmatch(cond).group(1)
        py = re.sub(r"(inputs\.[\w-]+|steps\.[\w-]+\.outputs\.[\w-]+|github\.action_path)",
                    lambda m: repr(value(m.group(1))), cond)
        py = py.replace("&&", " and ").replace("||", " or ")
        py = py.replace("always()", "True").replace("success()", "(not failed)")
        py = py.replace("failure()", "failed")
        py = re.sub(r"!(?!=)", " not ", py)
        return bool(eval(py, {"__builtins__": {}}, {"failed": failed, "True": True}))

    for i, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {i}")
        cond = step.get("if")
        should = condition(cond) if cond is not None else not failed
        if not should:
            summary["steps"].append({"name": name, "skipped": True})
            continue
        if "uses" in step:
            summary["steps"].append({
                "name": name, "uses": step["uses"],
                "with": {k: fill(v) for k, v in step.get("with", {}).items()},
            })
            continue
        assert step.get("shell") == "bash", f"{name}: only bash steps are run here"
        out_file = os.path.join(tmp, f"out{i}")
        open(out_file, "w").close()
        env = dict(os.environ)
        env.update({k: fill(v) for k, v in step.get("env", {}).items()})
        extra = [l.strip() for l in open(path_file) if l.strip()]
        env["PATH"] = os.pathsep.join(extra + [env_path])
        env["GITHUB_OUTPUT"] = out_file
        env["GITHUB_PATH"] = path_file
        env["GITHUB_ACTION_PATH"] = action_dir
        proc = subprocess.run(["bash", "-e", "-c", fill(step["run"])], cwd=workdir, env=env,
                              capture_output=True, text=True)
        outputs = {}
        for line in open(out_file):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                outputs[k] = v
        if "id" in step:
            steps_out[step["id"]] = outputs
        summary["steps"].append({
            "name": name, "exit": proc.returncode, "stdout": proc.stdout,
            "stderr": proc.stderr, "outputs": outputs,
        })
        if proc.returncode != 0:
            failed = True
    summary["outputs"] = {k: fill(v["value"]) for k, v in action.get("outputs", {}).items()}
    summary["failed"] = failed
    json.dump(summary, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
