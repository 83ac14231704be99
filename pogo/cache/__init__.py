"""Step 4 of the journey: the content-addressed build cache."""
