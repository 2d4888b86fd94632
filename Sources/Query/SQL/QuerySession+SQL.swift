extension QuerySession {
    /// A translator to SQL over this session's store that knows the rules the session has
    /// defined (for `.sql` at the prompt).
    public func sqlTranslator(dialect: SQLDialect) -> SQLTranslator {
        let translator = SQLTranslator(store: store, dialect: dialect)
        for name in rules.keys.sorted() {
            for (definition, _) in rules[name] ?? [] { translator.adopt(definition) }
        }
        return translator
    }
}
