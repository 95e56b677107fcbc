"""Article formats read by `dateline.read`: corpus (` date YYYY-MM-DD ` prefix), plain text,
JSON Lines and TimeML.  Each format module turns an opened byte stream into documents and
`InputError`s; `sources` finds and opens the files; `lines` reads bytes in bounded pieces."""
