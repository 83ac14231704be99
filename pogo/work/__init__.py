"""The action graph of a build and its execution: one tool process per action."""
