/// A mention's plain fields: where it is, what kind it is and the entity it refers to, without
/// its strings (type, name, surface, role, title).
///
/// Most loops over a document's mentions read only these. `for m in doc.mentions` copies each
/// mention, retaining and releasing its four strings and its title, whenever the loop body
/// writes to anything (Swift cannot prove the write leaves the array alone); reading the fields
/// here copies no string.
struct MentionSpot {
    let kind: Mention.Kind
    let tokens: Range<Int>
    let sentence: Int
    let entity: Int
    let weak: Bool
    let guessed: Bool
    let fromLexicon: Bool
}

/// The spots of a list of mentions, by index, computed as they are read (no array is built).
/// `for (i, m) in doc.mentionSpots.enumerated() where m.kind == .name` reads as the loop over
/// the mentions did; the strings stay at `doc.mentions[i]`.
struct MentionSpots: RandomAccessCollection {
    let mentions: [Mention]
    var startIndex: Int { 0 }
    var endIndex: Int { mentions.count }
    @inline(__always) subscript(i: Int) -> MentionSpot {
        MentionSpot(kind: mentions[i].kind, tokens: mentions[i].tokens, sentence: mentions[i].sentence,
                    entity: mentions[i].entity, weak: mentions[i].weak, guessed: mentions[i].guessed,
                    fromLexicon: mentions[i].fromLexicon)
    }
}

extension Document {
    /// The mentions' plain fields, in the order of `mentions` (a snapshot: the mentions as they
    /// are when the loop starts, as `for m in doc.mentions` iterates them).
    var mentionSpots: MentionSpots { MentionSpots(mentions: mentions) }
}
