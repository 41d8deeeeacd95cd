# Status lines of the commands, on stderr.
