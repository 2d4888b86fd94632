extension FactStore {
    /// The checksum a snapshot's header records for its fingerprint and payload sections.
    ///
    /// For tools that build snapshot files byte by byte: the fuzz harness gives its crafted
    /// files matching checksums, so what it tests is the decoder's own checks, not the hash.
    @_spi(Fuzzing)
    public static func snapshotChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        Snapshot.checksum(bytes)
    }
}
