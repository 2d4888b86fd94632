// The Query module: see QuerySession.swift (in progress).
