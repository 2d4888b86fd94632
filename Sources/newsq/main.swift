Newsq.main()
