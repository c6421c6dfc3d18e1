/// One terminal cell as plain data: eight bytes and no references, so a screen is compared and
/// copied like memory, and drawing a frame allocates nothing per cell.
public struct Cell: Equatable, Sendable {
    /// A Unicode scalar, or (with `Cell.clusterFlag`) an index into the surface's clusters for a
    /// grapheme of several scalars; 0 for the right half of a wide character.
    public var glyph: UInt32
    /// 1 or 2 columns; 0 for the right half of a wide character.
    public var width: UInt8
    /// What the cell's text means (a label, a variable, a warning): the theme colours it.
    public var role: StyleRole
    /// Drawn over the role: a selection, a find match, a misspelling.
    public var overlay: StyleRole?
    /// Fills the last byte, so cells have no padding and rows compare with `memcmp`.
    private let reserved: UInt8 = 0

    /// A cell; `overlay` draws a selection, a find match or a misspelling over the role.
    public init(glyph: UInt32, width: UInt8, role: StyleRole, overlay: StyleRole? = nil) {
        self.glyph = glyph
        self.width = width
        self.role = role
        self.overlay = overlay
    }

    /// Set in `glyph` when it indexes the surface's list of clusters instead of holding a scalar.
    public static let clusterFlag: UInt32 = 0x8000_0000
    /// A space in the normal role: what a surface starts filled with.
    public static let blank = Cell(glyph: 0x20, width: 1, role: .normal)

    /// Whether the cell holds a grapheme of several scalars, kept aside by index.
    public var isCluster: Bool { glyph & Cell.clusterFlag != 0 }
}
