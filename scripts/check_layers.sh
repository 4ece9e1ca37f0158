#!/usr/bin/env bash
# The core's modules form layers (STYLE.md §3.1): each may use only modules of its own layer or
# of the layers below it. This fails on any `crate::<module>` path, or any name the crate root
# re-exports from a module, that points upward. pyo3 stays inside src/python/.
set -euo pipefail
cd "$(dirname "$0")/.."

# module -> layer
declare -A layer=(
    [error]=0 [unicode]=0 [batch]=0 [kind]=0
    [normalize]=1 [look]=1 [whitespace]=1 [html]=1 [patterns]=1 [groups]=1
    [junk]=2 [reader]=2
    [clean]=3
    [extract]=4
    [python]=5
)
# Names the crate root re-exports, and the module each comes from (see src/lib.rs).
declare -A reexport=(
    [CleanOptions]=clean [Cleaner]=clean [Junk]=clean [OPTION_NAMES]=clean [OptionValue]=clean
    [OPTIONS]=clean [OptionSpec]=clean [Takes]=clean [DefaultValue]=clean
    [Quotes]=clean [clean]=clean [parse_remove]=clean
    [Error]=error [ErrorKind]=error [Kind]=kind
    [EmojiAction]=junk [JunkOptions]=junk [Reason]=junk [Restoration]=junk [Tally]=junk
    [Form]=normalize [UNICODE_VERSION]=unicode [Whitespace]=whitespace
)

status=0
for file in $(find src -name '*.rs' ! -path 'src/lib.rs' | sort); do
    rel=${file#src/}
    module=${rel%%/*}
    module=${module%.rs}
    own=${layer[$module]:-}
    if [ -z "$own" ]; then
        echo "check_layers: $file belongs to no layer; add its module to scripts/check_layers.sh" >&2
        status=1
        continue
    fi
    # Every module or re-exported name after `crate::`, also inside `crate::{…}` lists.
    for path in $(tr '\n' ' ' < "$file" | grep -oE 'crate::(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)' | sed -E 's/^crate:://; s/[{}]//g; s/,/ /g'); do
        name=${path%%::*}
        target=${layer[$name]:+$name}
        target=${target:-${reexport[$name]:-}}
        [ -n "$target" ] || continue
        if [ "${layer[$target]}" -gt "$own" ]; then
            echo "check_layers: $file (layer $own, $module) uses $name from $target (layer ${layer[$target]})" >&2
            status=1
        fi
    done
done

if grep -rln "pyo3" src --include='*.rs' | grep -v '^src/python/'; then
    echo "check_layers: pyo3 is used outside src/python/" >&2
    status=1
fi
# Unsafe code lives in one module of the binding: the hand-written fastcall entry of `clean`.
if grep -rln "allow(unsafe_code)" src --include='*.rs' | grep -v '^src/python/fastcall.rs$'; then
    echo "check_layers: unsafe code outside src/python/fastcall.rs" >&2
    status=1
fi
# Calls go one way, Python down to native: the binding never imports the textwash package
# (the package hands it what it needs, like `_dispatch.clean`, when it is imported).
if grep -rnE 'import\("textwash' src --include='*.rs' | grep -v 'import("textwash._textwash")'; then
    echo "check_layers: native code imports the textwash package" >&2
    status=1
fi
exit $status
