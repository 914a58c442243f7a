"""Ingest stage: files, feeds and stdin in, `Article`s (or `Rejection`s naming file and line) out.

It only reads; storing and de-duplicating against what is stored is the caller's job.
"""
