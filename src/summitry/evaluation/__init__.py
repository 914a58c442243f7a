"""Evaluation: gold files in, scores out.

Every `summitry eval …` command reads its gold file, runs the same stages a user runs, and
scores them with one shared module (`scoring`), so figures are comparable across sets.
"""
