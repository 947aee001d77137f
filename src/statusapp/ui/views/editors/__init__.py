"""The editor beside the tree: one page each for actions, ambitions and pillars."""
