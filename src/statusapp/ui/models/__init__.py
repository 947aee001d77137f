"""What the window shows, as Qt models and presentation rules: the programme tree over
typed nodes, how statuses look and how a round is worded. No widgets are laid out here."""
