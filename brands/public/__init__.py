"""The public site: what a visitor's request gets besides the page's own blocks.

Metadata and structured data, feeds, sitemaps, robots.txt, error pages, the header and footer, and the
listings and charts the page types show.
"""
