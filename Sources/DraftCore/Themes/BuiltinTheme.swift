/// The default theme, built on the 16 ANSI colours and the terminal's own background. It is
/// compiled in because every other theme falls back to it role by role; `themes/default.theme`
/// holds the same text (a test keeps the two equal).
public enum BuiltinTheme {
    /// The default theme as a theme file: the one every shipped theme starts from.
    public static let defaultText = """
        # puffle-draft default theme: the 16 ANSI colours on the terminal's own background.
        # role = foreground background attributes
        normal = default default
        dim = bright-black default
        header = black cyan
        header_modified = black yellow
        header_busy = black bright-magenta
        border = bright-black default
        border_focused = cyan default bold
        pane_title = default default
        pane_title_focused = black cyan
        tab = default default
        tab_focused = black cyan
        placeholder = bright-black default italic
        variable = yellow default bold
        ai_fill = bright-magenta default
        control = bright-red default reverse
        user_role = green default bold
        assistant_role = cyan default bold
        label = cyan default
        selection = default default reverse
        cursor = default default reverse
        composer = default default
        diff_added = green default bold
        diff_removed = bright-red default underline
        warning = yellow default bold
        footer = default default
        footer_key = cyan default bold
        status_ok = green default bold
        status_error = red default bold
        prompt = black yellow
        overlay = default default
        overlay_title = black cyan
        selected_text = default default reverse
        match = black yellow
        match_current = black bright-green underline
        misspelled = bright-red default underline
        check = black bright-magenta
        """

    /// The default theme, parsed once; its text is tested to parse without a problem.
    public static let theme: Theme = Theme.parse(defaultText, name: "default", file: "<built-in>", base: nil).0
}
