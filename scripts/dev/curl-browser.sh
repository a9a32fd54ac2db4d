#!/bin/bash
# A "browser" for demos under Xvfb: opens the sandbox consent page, clicks Accept, follows the redirect.
url="$1"
echo "browser opened: $url" >> ${TMPDIR:-/tmp}/curl-browser.log
page=$(curl -s "$url")
flow=$(echo "$page" | grep -o 'name="flow" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
action="${url%%\?*}"
if [ -n "$flow" ]; then
  loc=$(curl -s -o /dev/null -w '%{redirect_url}' --data-urlencode "flow=$flow" --data-urlencode "decision=accept" "$action")
else
  loc=$(curl -s -o /dev/null -w '%{redirect_url}' "$url")
fi
echo "redirect: ${loc%%\?*}" >> ${TMPDIR:-/tmp}/curl-browser.log
curl -s "${loc/localhost/127.0.0.1}" > ${TMPDIR:-/tmp}/curl-browser-callback.html
