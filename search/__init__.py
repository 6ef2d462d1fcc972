"""Site search: per site and language, over an index of published pages and strengths, with promoted results."""
