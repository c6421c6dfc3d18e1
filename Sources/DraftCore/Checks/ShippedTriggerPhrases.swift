/// The trigger phrases shipped with the program, as data: a `[kind]` line starts a group, then one
/// phrase a line. Gathered from the spam-word lists cold-email tools publish; matched as whole
/// words, case-blind, across line breaks. The user's `trigger-words` file adds to it and can
/// silence any of them (`-phrase`).
enum ShippedTriggerPhrases {
    static let text = """
        [urgency]
        act now
        act immediately
        apply now
        before it's too late
        call now
        don't delay
        don't hesitate
        expires today
        final notice
        hurry
        hurry up
        immediately
        instant access
        last chance
        limited time
        limited time only
        now or never
        offer expires
        once in a lifetime
        only a few left
        order now
        respond now
        this won't last
        time is running out
        time-sensitive
        today only
        urgent
        while supplies last
        while stocks last
        deadline approaching
        ends tonight
        get it now
        sign up now
        start now
        take action now
        what are you waiting for
        [money]
        100% free
        $$$
        additional income
        affordable
        bargain
        best price
        big bucks
        cash
        cash bonus
        cheap
        cost-free
        credit card
        discount
        double your income
        earn money
        earn extra cash
        extra income
        fast cash
        financial freedom
        free gift
        free trial
        free access
        free consultation
        free money
        full refund
        half price
        income
        lowest price
        make money
        money back
        money-back guarantee
        no credit check
        no fees
        no hidden costs
        no hidden fees
        pennies a day
        price cut
        profit
        rebate
        save big
        save up to
        serious cash
        special discount
        special promotion
        unlimited income
        why pay more
        you have been selected
        [too good to be true]
        100% guaranteed
        100% satisfied
        amazing
        as seen on
        best deal
        certified
        congratulations
        dream come true
        effective immediately
        fantastic deal
        guaranteed
        incredible deal
        life-changing
        miracle
        no catch
        no gimmick
        no obligation
        no questions asked
        no strings attached
        once-in-a-lifetime opportunity
        one hundred percent
        promise you
        risk-free
        satisfaction guaranteed
        secret
        the best
        unbelievable
        unlimited
        winner
        you are a winner
        you won't believe
        100% secure
        revolutionary
        breakthrough
        game changer
        [pressure]
        act fast
        buy now
        buy direct
        can't live without
        click below
        click here
        click now
        confidential
        do it today
        exclusive deal
        for you only
        get started now
        instant
        join millions
        just for you
        meet singles
        must read
        not spam
        open immediately
        please read
        read now
        request now
        reply now
        see for yourself
        sign up free
        special invitation
        take advantage
        this is not spam
        unsubscribe
        what's keeping you
        you must
        don't miss out
        don't miss
        only for you
        [spammy formatting]
        dear friend
        dear sir
        dear madam
        to whom it may concern
        valued customer
        hello dear
        greetings of the day
        undisclosed recipient
        opt in
        remove me
        """
}
