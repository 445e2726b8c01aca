"""Jobs in: parse pasted pages and job JSON, extract the structured brief, flag injections."""
