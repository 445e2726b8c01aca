"""Ideal-client fit: rules, disqualifiers, service-line matching, the fit judge, feedback and look-back."""
