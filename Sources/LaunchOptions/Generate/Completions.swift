/// Shell completions made from the option table: every option with its one-line summary, file
/// names after an option that takes a path, and the theme names (the shipped ones and the
/// user's own `.theme` files) after `--theme`.
public enum Completions {
    /// The script for a shell; `.man` is not a completion and gives the man page's kind back empty.
    public static func script(_ kind: GeneratedFile) -> String {
        switch kind {
        case .completeBash: bash
        case .completeZsh: zsh
        case .completeFish: fish
        case .man: ""
        }
    }

    /// The user's themes folder in POSIX shell syntax (bash, zsh): its names are offered after `--theme`.
    private static let userThemes = #""${XDG_CONFIG_HOME:-$HOME/.config}/puffle-draft/themes""#

    private static func summary(_ option: OptionSpec) -> String { option.summary.joined(separator: " ") }

    /// The shipped themes' names, as a shell word list.
    private static let themes = Options.builtinThemes.joined(separator: " ")

    private static var bash: String {
        var cases: [String] = []
        for option in Options.table where option.takesValue {
            let names = ([option.name] + [option.short].compactMap { $0 }).joined(separator: "|")
            switch option.value {
            case .path?:
                cases.append("        \(names)) compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;")
            case .theme?:
                cases.append(
                    "        \(names)) COMPREPLY=($(compgen -W \"\(themes) $(_puffle_draft_themes)\" -- \"$cur\")); "
                        + "return ;;"
                )
            case .choice(let words)?:
                cases.append(
                    "        \(names)) COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\")); "
                        + "return ;;"
                )
            default: cases.append("        \(names)) return ;;")
            }
        }
        let flags = Options.table.flatMap { [$0.name] + [$0.short].compactMap { $0 } }.joined(separator: " ")
        return """
            # bash completion for puffle-draft (made by puffle-draft --generate complete-bash)
            _puffle_draft_themes() {
                local file
                for file in \(userThemes)/*.theme; do
                    [ -e "$file" ] && basename "$file" .theme
                done
            }

            _puffle_draft() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
                case "$prev" in
            \(cases.joined(separator: "\n"))
                esac
                if [[ "$cur" == -* ]]; then
                    COMPREPLY=($(compgen -W "\(flags)" -- "$cur"))
                fi
            }
            complete -F _puffle_draft puffle-draft

            """
    }

    private static var zsh: String {
        func quoted(_ text: String) -> String {
            // Inside '…' and an _arguments spec: brackets and colons end fields, a quote ends the word.
            text.replacing("'", with: "'\\''").replacing("[", with: "\\[")
                .replacing("]", with: "\\]").replacing(":", with: "\\:")
        }
        var specs: [String] = []
        for option in Options.table {
            var action = ""
            if let metavar = option.metavar {
                switch option.value {
                case .path?: action = ":\(metavar):_files"
                case .theme?: action = ":\(metavar):_puffle_draft_themes"
                case .choice(let words)?: action = ":\(metavar):(\(words.joined(separator: " ")))"
                default: action = ":\(metavar): "
                }
            }
            let exclusive = option.name == "--help" || option.name == "--version" || option.name == "--generate"
            let names = [option.name] + [option.short].compactMap { $0 }
            // Several names share a spec through brace expansion, which works outside the quotes only.
            let name = names.count > 1 ? "'{\(names.joined(separator: ","))}'" : names[0]
            specs.append("    '\(exclusive ? "(- *)" : "")\(name)[\(quoted(summary(option)))]\(action)'")
        }
        specs.append("    '1:SESSION_ID: '")
        return """
            #compdef puffle-draft
            # zsh completion for puffle-draft (made by puffle-draft --generate complete-zsh)
            _puffle_draft_themes() {
                local -a themes
                themes=(\(themes) \(userThemes)/*.theme(N:t:r))
                compadd -a themes
            }

            _puffle_draft() {
                _arguments -s \\
            \(specs.joined(separator: " \\\n"))
            }

            _puffle_draft "$@"

            """
    }

    private static var fish: String {
        func quoted(_ text: String) -> String {
            "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
        }
        var lines = [
            "# fish completion for puffle-draft (made by puffle-draft --generate complete-fish)",
            "function __puffle_draft_themes",
            "    set -l config $HOME/.config",
            "    set -q XDG_CONFIG_HOME; and set config $XDG_CONFIG_HOME",
            "    for file in $config/puffle-draft/themes/*.theme",
            "        basename $file .theme",
            "    end",
            "end",
            "complete -c puffle-draft -f"
        ]
        for option in Options.table {
            var line = "complete -c puffle-draft -l \(option.name.dropFirst(2))"
            if let short = option.short { line += " -s \(short.dropFirst())" }
            switch option.value {
            case .path?: line += " -r -F"
            case .theme?: line += " -x -a \(quoted(themes + " (__puffle_draft_themes)"))"
            case .choice(let words)?: line += " -x -a \(quoted(words.joined(separator: " ")))"
            case .url?, .id?: line += " -x"
            case nil: break
            }
            lines.append(line + " -d \(quoted(summary(option)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
