"""Reading what a message asks for: one `Request`, read once, and the plan the model writes of it."""
