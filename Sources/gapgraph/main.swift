import GapGraphCLI

GapGraph.main()
