from zhoubao_cli.cli import main

main()
