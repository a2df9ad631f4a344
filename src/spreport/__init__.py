"""spreport: the special procedures' annual report and its addendum, built from data."""
