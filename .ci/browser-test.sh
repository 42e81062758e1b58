#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium (Debian's `chromium`, installed when
# missing) opens the report of the fixtures plus hostile articles, and .ci/browser_check.py
# checks that every finding is shown, that articles quoting `<script>` and `onerror=` run no
# script (the page title and the DOM are what the file says), and a screenshot is kept as
# target/ci/browser/report.png.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
repo="$(ci_repo)"
work="$repo/target/ci/browser"
rm -rf "$work"
mkdir -p "$work/hostile"

browser=""
for b in chromium chromium-browser google-chrome; do
    if have "$b"; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
    apt_install chromium fonts-dejavu-core
    browser=chromium
fi
have python3 || apt_install python3

copydesk="$(ci_copydesk)"

# Articles that try to run script in the report: in the text, in HTML, in a file name. Each
# script would change the title or mark the page; the marks are spelt so that they appear
# only if the script runs ('PWNED' + '-X' is never written as one word).
cat > "$work/hostile/quoted-script.txt" <<'TXT'
Hackers Quote Code

The attackers pasted <script>document.title='PWNED'+'-TXT';document.documentElement.setAttribute('data-pwned','txt')</script> into teh comment box.
They also tried <img src="x" onerror="document.title='PWNED'+'-IMG'"> and <svg onload="document.title='PWNED'+'-SVG'"></svg> on the the page.
TXT
cat > "$work/hostile/quoted-script.md" <<'MD'
# Hackers quote code

The attackers pasted <script>document.title='PWNED'+'-MD'</script> into teh comment box,
and <img src="x" onerror="document.body.setAttribute('data-pwned','md')"> on the the page.
MD
cat > "$work/hostile/quoted-script.html" <<'HTML'
<!doctype html>
<html><head><title>Story</title><script>document.title='PWNED'+'-HTMLHEAD'</script></head>
<body><article>
<p>The attackers pasted code into teh comment box.</p>
<p><img src="x" alt="a photo of the the hackers" onerror="document.title='PWNED'+'-HTMLIMG'"></p>
<p>Their message read &lt;script&gt;alert(1)&lt;/script&gt; on the the page.</p>
</article></body></html>
HTML
printf 'A file whose name is markup, and teh name is long.\n' \
    > "$work/hostile/x\"><img src=y onerror=\"document.title='PWNED'+'-NAME'\">.txt"

cd "$repo"
set +e
"$copydesk" check --format html fixtures "$work/hostile" > "$work/report.html"
code_html=$?
"$copydesk" check --format json fixtures "$work/hostile" > "$work/findings.json"
code_json=$?
set -e
[ "$code_html" = 1 ] && [ "$code_json" = 1 ] || {
    echo "browser-test: FAILED, copydesk exited $code_html/$code_json, not 1" >&2
    exit 1
}

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --disable-dev-shm-usage --hide-scrollbars --virtual-time-budget=3000)
url="file://$work/report.html"
profile="$(mktemp -d)"
"$browser" "${flags[@]}" --user-data-dir="$profile" --dump-dom "$url" \
    > "$work/dom.html" 2> "$work/chromium-dom.log"
rm -rf "$profile"
profile="$(mktemp -d)"
"$browser" "${flags[@]}" --user-data-dir="$profile" --window-size=1280,2400 \
    --screenshot="$work/report.png" "$url" > /dev/null 2> "$work/chromium-shot.log"
rm -rf "$profile"

python3 "$repo/.ci/browser_check.py" "$work/report.html" "$work/dom.html" \
    "$work/findings.json" "$work/report.png"
echo "browser-test: ok ($browser; screenshot in target/ci/browser/report.png)"
