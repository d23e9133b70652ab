"""A business's link to its books: connecting QuickBooks Online (Intuit OAuth), its status,
disconnecting, and keeping the rotating grant alive."""
