"""Step 2 of the journey: find the packages a build needs and the files of each."""
