# Kommandonas statusrader, på stderr.
