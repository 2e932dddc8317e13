from zhoubao_cli.entry import main

main()
