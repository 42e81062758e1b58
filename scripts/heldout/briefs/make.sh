#!/bin/sh
# Writes a writer's brief for one blind held-out set, and the issue text it names:
#   scripts/heldout/briefs/make.sh 15 issue-15-bk bk bl "1960-1975"
#   scripts/heldout/briefs/make.sh 10 issue-10-bk bk bl "1970-1985"
#   scripts/heldout/briefs/make.sh 10m issue-10-bm bm bn "2012-2019"
# -> /work/briefs/brief-<set>.md and /work/briefs/issue-<N>.md
set -e
kind=$1 folder=$2 c=$3 t=$4 years=$5
here=$(dirname "$0")
issue=${kind%m}
mkdir -p /work/briefs
issues show "$issue" > "/work/briefs/issue-$issue.md"
out="/work/briefs/brief-${folder#issue-}.md"
out="/work/briefs/brief-${folder#issue-}.md"
{ cat "$here/brief-$kind.md"; echo; sed "s/issue-NN/issue-$issue/" "$here/common.md"; } |
  sed -e "s/FOLDER/$folder/g" -e "s/-C\([0-9]\)/-${c}\1/g" -e "s/-T\([0-9]\)/-${t}\1/g" \
      -e "s/\`C01…\`/\`${c}01…\`/; s/\`T01…\`/\`${t}01…\`/" -e "s/YEARS/$years/g" > "$out"
echo "$out"
