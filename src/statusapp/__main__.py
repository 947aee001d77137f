from statusapp.cli import main

raise SystemExit(main())
