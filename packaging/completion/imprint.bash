# bash completion for imprint. Commands and options are read from the program's own help, so
# the completion never falls behind the program.
_imprint() {
    # shellcheck disable=SC2034 # set by _init_completion
    local cur prev words cword
    _init_completion || return
    local cmd=${words[1]:-}
    if [[ $cword -eq 1 ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W '--help --version' -- "$cur")
        else
            local commands
            commands=$("${words[0]}" --help 2>/dev/null | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        local options
        options=$("${words[0]}" "$cmd" --help 2>/dev/null | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    case $cmd in
    version)
        [[ $cword -eq 2 ]] && mapfile -t COMPREPLY < <(compgen -W 'compare sort parse' -- "$cur")
        ;;
    config)
        if [[ $cword -eq 2 ]]; then
            mapfile -t COMPREPLY < <(compgen -W 'get set unset validate show inject list-connections' -- "$cur")
        else
            _filedir
        fi
        ;;
    *)
        _filedir
        ;;
    esac
}
complete -F _imprint imprint
