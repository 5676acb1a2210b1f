from raadsassistent.cli import main

main()
