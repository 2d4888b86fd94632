import NewsFacts

/// The index nested-loop join a block of left rows at a time, for the common shape: one
/// candidate a constant, nothing to check beyond the index positions, no provenance, fresh
/// values from the fact's subject, predicate or object, read by subject or by predicate.
///
/// Why: past the size of the processor's last cache (32 MB here, about a million facts), each
/// read of a fact column at a fact chosen by the data misses the cache, and a probe read fact by
/// fact makes three or four such reads one after the other (the subject's range, the fact id,
/// its predicate, its object), each waiting for the one before. A store ten times larger then
/// answered Q3 over a hundred times slower. Here each stage reads the whole block before the
/// next starts — the ranges of its left rows, then their fact ids, then the predicates to
/// check, then the values to hand on — so the reads of one stage do not depend on each other
/// and the processor has many in flight at once, as a vectorised engine does.
///
/// Rows come in the order the fact-at-a-time join gives them; the join stops after the chunk
/// in which `cap` rows are out, saying where (a left row and its index position), so a limit
/// still ends the work early.
extension NestedLoopJoin {
    /// Left rows whose index ranges are worked out at a time.
    static let blockRows = 256
    /// Facts gathered at a time (their ids, checks and values stay in the first-level caches).
    static let chunkFacts = 1024
    /// A block whose subjects ascend by at most this much a row on average is read without the
    /// touching passes (`touchStarts`).
    static let nearRows = 4
    /// No check on this position (no term is `UInt32.max`: it is `Relation.null`).
    private static let unchecked = TermID.max

    /// True when `layout`'s join can run in blocks: every position is a single constant, a
    /// left column or free; the index is by subject or by predicate; nothing is checked per fact
    /// beyond the index positions; no provenance or qualifier is read.
    static func runsInBlocks(_ layout: JoinLayout, expand: Bool, combinations: Int) -> Bool {
        guard combinations == 1, layout.simple, !expand else { return false }
        for src in layout.freshSources {
            switch src {
            case .s, .p, .o: continue
            default: return false
            }
        }
        func known(_ p: JoinLayout.Position) -> Bool {
            if case .free = p { return false }
            return true
        }
        return known(layout.s) || known(layout.p)
    }

    /// Joins the left rows from `start` in blocks (see the extension's comment), appending to
    /// `out`; gives where it stopped, `done` when every left row is joined.
    ///
    /// - Throws: the budget's errors.
    func runInBlocks(
        from start: NestedLoopPosition, _ leftRows: RowBuffer, _ facts: FactColumns, _ out: inout Output
    ) throws -> NestedLoopPosition {
        let bySubject = sColumn != nil || sCandidates != nil
        let order = bySubject ? facts.bySubject : facts.byPredicate
        var lo = [Int](repeating: 0, count: Self.blockRows)
        var hi = [Int](repeating: 0, count: Self.blockRows)
        var wantP = [TermID](repeating: Self.unchecked, count: Self.blockRows)
        var wantO = [TermID](repeating: Self.unchecked, count: Self.blockRows)
        // The block's (predicate, object) probes: the block row each is for, and the pair.
        var probeRow = [Int](repeating: 0, count: Self.blockRows)
        var probeP = [TermID](repeating: 0, count: Self.blockRows)
        var probeO = [TermID](repeating: 0, count: Self.blockRows)
        var probeLo = [Int](repeating: 0, count: Self.blockRows)
        var probeHi = [Int](repeating: 0, count: Self.blockRows)
        /// Searches the first `n` probes' ranges into `probeLo` and `probeHi`.
        func searchPredicateObjects(_ n: Int) {
            probeP.withUnsafeBufferPointer { ps in
                probeO.withUnsafeBufferPointer { os in
                    probeLo.withUnsafeMutableBufferPointer { l in
                        probeHi.withUnsafeMutableBufferPointer { h in
                            store.predicateObjectRanges(
                                predicates: UnsafeBufferPointer(rebasing: ps[0..<n]),
                                objects: UnsafeBufferPointer(rebasing: os[0..<n]),
                                lower: UnsafeMutableBufferPointer(rebasing: l[0..<n]),
                                upper: UnsafeMutableBufferPointer(rebasing: h[0..<n]))
                        }
                    }
                }
            }
        }
        var chunk = Chunk(fresh: freshSources.count)
        var row = start.row
        var resumeAt = start.index
        // What the touching passes read (see `touchStarts`), kept where the compiler cannot
        // drop the reads.
        var touched: UInt32 = 0
        defer { evaluator.touched = touched }
        while row < left.count {
            let blockEnd = min(left.count, row + Self.blockRows)
            // Subjects that ascend close together (a sorted probe, a scan's rows) read lines in
            // order, which the processor fetches ahead by itself: no touching pass then.
            var touch = false
            if bySubject, let c = sColumn {
                let first = leftRows[row, c], last = leftRows[blockEnd - 1, c]
                touch = last < first || Int(last - first) > Self.nearRows * (blockEnd - row)
                if touch {
                    touched |= Self.touchStarts(leftRows, column: c, rows: row..<blockEnd, starts: facts.subjectStarts)
                }
            }
            // Stage 1: each left row's index range (by subject: two reads a row, independent;
            // by predicate and object: the block's searches advance together).
            var probes = 0
            for r in row..<blockEnd {
                let k = r - row
                lo[k] = 0
                hi[k] = 0
                wantP[k] = Self.unchecked
                wantO[k] = Self.unchecked
                guard let bound = boundValues(r, leftRows) else { continue }
                let p = bound.p ?? pCandidates?[0]
                let o = bound.o ?? oCandidates?[0]
                if bySubject {
                    let s = Int(bound.s ?? sCandidates![0])
                    guard s + 1 < facts.subjectStarts.count else { continue }
                    lo[k] = Int(facts.subjectStarts[s])
                    hi[k] = Int(facts.subjectStarts[s + 1])
                    wantP[k] = p ?? Self.unchecked
                    wantO[k] = o ?? Self.unchecked
                } else if let p {
                    if let o {
                        // Searched below, with the block's other (predicate, object) probes.
                        probeRow[probes] = k
                        probeP[probes] = p
                        probeO[probes] = o
                        probes += 1
                    } else {
                        let range = store.predicateRange(p)
                        lo[k] = range.lowerBound
                        hi[k] = range.upperBound
                    }
                }
            }
            if probes > 0 {
                searchPredicateObjects(probes)
                for j in 0..<probes {
                    lo[probeRow[j]] = probeLo[j]
                    hi[probeRow[j]] = probeHi[j]
                }
            }
            if let from = resumeAt {
                lo[0] = max(lo[0], min(from, hi[0]))
                resumeAt = nil
            }
            if touch { touched |= Self.touchFirstFacts(order, lo: lo, hi: hi, rows: blockEnd - row, facts) }
            // Stages 2–4, a chunk of facts at a time.
            var k = 0, i = lo[0]
            let rows = blockEnd - row
            while k < rows {
                let room = max(1, min(Self.chunkFacts, cap - out.count))
                chunk.fill(order, lo: lo, hi: hi, rows: rows, room: room, row: &k, position: &i)
                if chunk.count == 0 { break }
                let read = chunk.count
                if bySubject { chunk.keep(facts, wantP: wantP, wantO: wantO) }
                try emit(&chunk, bySubject: bySubject, firstRow: row, leftRows, facts, &out)
                try spend(read, &out)
                if out.count >= cap {
                    if k >= rows { return NestedLoopPosition(row: blockEnd, combination: 0, index: nil) }
                    return NestedLoopPosition(row: row + k, combination: 0, index: i)
                }
            }
            row = blockEnd
        }
        return NestedLoopPosition(row: left.count, done: true)
    }

    /// Reads `starts` at the subject of each left row of `rows` in a loop that does nothing
    /// else, and gives the values read or-ed together (for the caller to keep, so that the
    /// reads are made).
    ///
    /// Why: stage 1 reads the same places, but between its reads it works out each row's
    /// bound values and wanted predicate, so past the caches only a few of its misses are in
    /// flight at once; here each read is a few instructions and the processor has many under
    /// way, and stage 1 then finds the lines in the cache. Probes by subject are the inner step
    /// of most joins (Q3, S05, S12, the rule behind S17).
    @inline(__always)
    static func touchStarts(
        _ leftRows: RowBuffer, column c: Int, rows: Range<Int>, starts: UnsafeBufferPointer<UInt32>
    ) -> UInt32 {
        var x: UInt32 = 0
        let n = starts.count
        for r in rows {
            let s = Int(leftRows[r, c])
            if s < n { x |= starts[s] }
        }
        return x
    }

    /// Reads, for each of the first `rows` rows' index ranges that is not empty, its first
    /// fact id and that fact's predicate and object, in a loop that does nothing else (see
    /// `touchStarts`), giving the values or-ed together. A subject's facts are usually
    /// neighbours, so these reads bring in the lines stages 2 to 4 read for the whole range;
    /// stage 2's loop, which branches on each range's end, otherwise met each miss alone.
    @inline(__always)
    static func touchFirstFacts(
        _ order: UnsafeBufferPointer<FactID>, lo: [Int], hi: [Int], rows: Int, _ facts: FactColumns
    ) -> UInt32 {
        var x: UInt32 = 0
        lo.withUnsafeBufferPointer { lo in
            hi.withUnsafeBufferPointer { hi in
                for k in 0..<rows where lo[k] < hi[k] {
                    let f = Int(order[lo[k]])
                    x |= facts.predicates[f] | facts.objects[f]
                }
            }
        }
        return x
    }

    /// Stage 4: the chunk's rows, each its left row and the fact's fresh values (read for the
    /// whole chunk first, column by column). Read by predicate, a fact's subject and object are
    /// read beside the index at its position, forward, not at its fact id.
    @inline(__always)
    private func emit(
        _ chunk: inout Chunk, bySubject: Bool, firstRow: Int, _ leftRows: RowBuffer, _ facts: FactColumns,
        _ out: inout Output
    ) throws {
        let n = chunk.count
        if n == 0 { return }
        let fresh = freshSources.count
        for (c, src) in freshSources.enumerated() {
            switch src {
            case .s where !bySubject: chunk.gather(positionsOf: facts.byPredicateSubjects, into: c)
            case .o where !bySubject: chunk.gather(positionsOf: facts.byPredicateObjects, into: c)
            case .s: chunk.gather(facts.subjects, into: c)
            case .p: chunk.gather(facts.predicates, into: c)
            default: chunk.gather(facts.objects, into: c)
            }
        }
        let lw = leftRows.width, width = lw + fresh
        let base = out.rows.count
        out.rows.append(contentsOf: repeatElement(0, count: n * width))
        out.rows.withUnsafeMutableBufferPointer { dst in
            chunk.owners.withUnsafeBufferPointer { owners in
                chunk.values.withUnsafeBufferPointer { values in
                    var at = base
                    for j in 0..<n {
                        if lw > 0 {
                            let from = (firstRow + Int(owners[j])) * lw
                            for c in 0..<lw { dst[at + c] = leftRows.values[from + c] }
                        }
                        for c in 0..<fresh { dst[at + lw + c] = values[c * Self.chunkFacts + j] }
                        at += width
                    }
                }
            }
        }
        out.count += n
    }

    /// Counts `units` of work; checks the budget each time the count passes a multiple of 4,096.
    @inline(__always)
    private func spend(_ units: Int, _ out: inout Output) throws {
        let before = out.tick
        out.tick &+= units
        if (before ^ out.tick) >> 12 != 0 { try budget.check(building: StatementBudget.bytes(out.rows.count)) }
    }

    /// The facts of one chunk: their ids, their positions in the index read, the block row each
    /// joins, and their fresh values.
    private struct Chunk {
        var fids = [FactID](repeating: 0, count: NestedLoopJoin.chunkFacts)
        /// Kept in step with `fids` only when read by predicate (`keep` leaves them).
        var positions = [Int](repeating: 0, count: NestedLoopJoin.chunkFacts)
        var owners = [Int32](repeating: 0, count: NestedLoopJoin.chunkFacts)
        /// Fresh value `c` of fact `j` at `c * chunkFacts + j`.
        var values: [Value]
        var count = 0

        init(fresh: Int) {
            values = [Value](repeating: 0, count: max(1, fresh) * NestedLoopJoin.chunkFacts)
        }

        /// Stage 2: fills the chunk (from empty) with the facts at the block rows' index ranges
        /// (`lo[k]..<hi[k]` of `order` for row `k`), from position `i` of row `k` on, until it
        /// holds `room` facts or the `rows` rows are done; `k` and `i` are left where to go on.
        /// Written through the buffers in place: through the arrays each fact paid a uniqueness
        /// check a column.
        @inline(__always)
        mutating func fill(
            _ order: UnsafeBufferPointer<FactID>, lo: [Int], hi: [Int], rows: Int, room: Int, row k: inout Int,
            position i: inout Int
        ) {
            var n = 0
            fids.withUnsafeMutableBufferPointer { fids in
                positions.withUnsafeMutableBufferPointer { positions in
                    owners.withUnsafeMutableBufferPointer { owners in
                        lo.withUnsafeBufferPointer { lo in
                            hi.withUnsafeBufferPointer { hi in
                                while n < room && k < rows {
                                    if i < hi[k] {
                                        fids[n] = order[i]
                                        positions[n] = i
                                        owners[n] = Int32(k)
                                        n += 1
                                        i += 1
                                    } else {
                                        k += 1
                                        if k < rows { i = lo[k] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            count = n
        }

        /// Stage 3: keeps the facts whose predicate and object are the ones their row wants
        /// (read by subject, the index selects neither), in order.
        @inline(__always)
        mutating func keep(_ facts: FactColumns, wantP: [TermID], wantO: [TermID]) {
            var kept = 0
            let n = count
            fids.withUnsafeMutableBufferPointer { fids in
                owners.withUnsafeMutableBufferPointer { owners in
                    wantP.withUnsafeBufferPointer { wantP in
                        wantO.withUnsafeBufferPointer { wantO in
                            for j in 0..<n {
                                let f = Int(fids[j]), k = Int(owners[j])
                                let p = wantP[k], o = wantO[k]
                                if p != NestedLoopJoin.unchecked && facts.predicates[f] != p { continue }
                                if o != NestedLoopJoin.unchecked && facts.objects[f] != o { continue }
                                fids[kept] = fids[j]
                                owners[kept] = owners[j]
                                kept += 1
                            }
                        }
                    }
                }
            }
            count = kept
        }

        /// Reads `column` (values beside an index) at each position of the chunk into fresh
        /// value `c`.
        @inline(__always)
        mutating func gather(positionsOf column: UnsafeBufferPointer<TermID>, into c: Int) {
            let n = count
            positions.withUnsafeBufferPointer { positions in
                values.withUnsafeMutableBufferPointer { values in
                    let base = c * NestedLoopJoin.chunkFacts
                    for j in 0..<n { values[base + j] = column[positions[j]] }
                }
            }
        }

        /// Reads `column` at each fact of the chunk into fresh value `c`.
        @inline(__always)
        mutating func gather(_ column: UnsafeBufferPointer<TermID>, into c: Int) {
            let n = count
            fids.withUnsafeBufferPointer { fids in
                values.withUnsafeMutableBufferPointer { values in
                    let base = c * NestedLoopJoin.chunkFacts
                    for j in 0..<n { values[base + j] = column[Int(fids[j])] }
                }
            }
        }
    }
}
