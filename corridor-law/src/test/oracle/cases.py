"""The golden cases: one call per case, written out as one YAML file each by golden.write() at the end."""
from golden import *

# ------------------------------------------------------------------ Russia: registration
e = D("2016-09-05")
case("ru-tj-2016-moscow-first-weeks", "A Tajik worker two weeks into a stay in Moscow in 2016 has registration, the patent and its documents still ahead",
     ["002:4042-4043", "002:2711-2717", "002:1581-1584", "003:725-729", "003:757"], "TJ", "RU", "2016-09-19", ["entry:2016-09-05:work"],
     {"status": "legal-visitor", "conditions": [], "obligations": {
         "migration-card": {"due": "2016-09-05", "state": "met"},
         "foreign-passport": {"due": "2016-09-05", "state": "met"},
         "registration": {"due": iso(plus(e, 15)), "state": "pending", "terms": "15 days"},
         "work-authorisation": {"due": iso(plus(e, 30)), "state": "pending", "costs": ["22000 RUB", "4200 RUB"], "terms": "patent", "fine": "10000-15000 RUB"},
         "medical-tests": {"due": iso(plus(e, 30)), "state": "pending"},
         "health-insurance": {"due": iso(plus(e, 30)), "state": "pending"},
         "exam": {"due": iso(plus(e, 30)), "state": "pending"},
         "patent-payment": "absent",
         "stay-limit": {"due": iso(plus(e, 89)), "state": "pending"}},
      "violations": [], "bans": []}, region="MOW")

e = D("2016-09-05")
case("ru-uz-2016-registration-on-seventh-working-day", "An Uzbek migrant who registers on the seventh working day after entry meets the deadline",
     ["003:816", "002:2710-2711"], "UZ", "RU", "2016-09-20", ["entry:2016-09-05:work", "registration:" + iso(wd(e, 7, ru_hol))],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "met", "terms": "7 working days"}}, "violations": []})
case("ru-uz-2016-registration-one-day-late", "Registering on the eighth working day is late and breaks the stay regime",
     ["003:816", "002:2710-2711"], "UZ", "RU", "2016-09-20", ["entry:2016-09-05:work", "registration:" + iso(plus(wd(e, 7, ru_hol), 1))],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "missed", "fine": "2000-5000 RUB"}}, "violations": ["registration-deadline-missed"]}, region="other")
case("ru-uz-2016-moscow-registration-fine", "In Moscow from August 2013 a registration breach costs 5,000-7,000 roubles with expulsion",
     ["003:816"], "UZ", "RU", "2016-09-20", ["entry:2016-09-05:work", "registration:" + iso(plus(wd(e, 7, ru_hol), 1))],
     {"obligations": {"registration": {"state": "missed", "fine": "5000-7000 RUB"}}, "violations": ["registration-deadline-missed"]}, region="MOW")
case("ru-uz-2013-moscow-registration-fine-before-august", "In Moscow before 9 August 2013 a registration breach cost 2,000-5,000 roubles",
     ["003:816"], "UZ", "RU", "2013-07-20", ["entry:2013-07-01:work"],
     {"obligations": {"registration": {"state": "missed", "fine": "2000-5000 RUB"}}, "violations": ["registration-deadline-missed"]}, region="MOW")
e = D("2016-02-19")
case("ru-uz-2016-registration-skips-23-february", "The working-day count skips Defender of the Fatherland Day, 23 February",
     ["003:816"], "UZ", "RU", "2016-03-01", ["entry:2016-02-19:visit"],
     {"status": "legal-visitor", "obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending"}}, "violations": []})
e = D("2016-12-29")
case("ru-uz-2016-registration-skips-new-year-holidays", "The working-day count skips the New Year holidays of 1-8 January",
     ["003:816"], "UZ", "RU", "2017-01-05", ["entry:2016-12-29:visit"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending"}}})
e = D("2013-06-03")
case("ru-tj-2013-registration-seven-working-days-before-agreement", "Before the 2013 agreement took effect a Tajik citizen had the general seven working days, skipping Russia Day",
     ["003:816", "002:4042-4043"], "TJ", "RU", "2013-06-20", ["entry:2013-06-03:work", "registration:2013-06-13"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "met", "terms": "7 working days"}}, "violations": []})
case("ru-tj-2014-registration-fifteen-days", "From 2014 a Tajik citizen has fifteen days to register",
     ["002:4042-4043"], "TJ", "RU", "2014-03-25", ["entry:2014-03-03:work", "registration:2014-03-18"],
     {"obligations": {"registration": {"due": "2014-03-18", "state": "met", "terms": "15 days"}}, "violations": []})
e = D("2022-06-01")
case("ru-uz-2022-before-fifteen-day-agreement", "An Uzbek citizen entering on 1 June 2022 still has seven working days",
     ["003:816"], "UZ", "RU", "2022-06-05", ["entry:2022-06-01:work"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending", "terms": "7 working days"}}})
case("ru-uz-2022-after-fifteen-day-agreement", "From 4 June 2022 an Uzbek citizen has fifteen days",
     ["003:816"], "UZ", "RU", "2022-07-05", ["entry:2022-07-01:work"],
     {"obligations": {"registration": {"due": "2022-07-16", "state": "pending", "terms": "15 days"}}})
e = D("2011-03-24")
case("ru-uz-2011-three-working-days", "Before 25 March 2011 registration was due within three working days",
     ["003:816"], "UZ", "RU", "2011-03-25", ["entry:2011-03-24:visit"],
     {"obligations": {"registration": {"due": iso(wd(e, 3, ru_hol)), "state": "pending", "terms": "3 working days"}}})
e = D("2011-03-25")
case("ru-uz-2011-seven-working-days", "From 25 March 2011 registration is due within seven working days",
     ["003:816"], "UZ", "RU", "2011-03-26", ["entry:2011-03-25:visit"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending", "terms": "7 working days"}}})
case("ru-uz-2016-left-before-registration-deadline", "A visitor who leaves before the deadline need not register",
     ["003:816"], "UZ", "RU", "2016-09-20", ["entry:2016-09-05:visit", "exit:2016-09-09"],
     {"status": "abroad", "obligations": {"registration": {"state": "not-required"}, "stay-limit": {"state": "met"}}, "violations": [], "bans": []})
case("ru-uz-2016-unregistered-stay", "A migrant still unregistered after the deadline is in irregular stay",
     ["003:816", "003:844-854"], "UZ", "RU", "2016-10-01", ["entry:2016-09-05:visit"],
     {"status": "irregular-stay", "conditions": ["unregistered"], "obligations": {"registration": {"state": "missed"}}, "violations": ["registration-deadline-missed"]})

# ------------------------------------------------------------------ Russia: Kyrgyzstan and Kazakhstan, EAEU
e = D("2015-08-03")
case("ru-kg-2015-before-eaeu", "A Kyrgyz worker entering Russia before the EAEU accession needs a patent, the exam and registration in seven working days",
     ["002:7849-7851", "002:2711-2717", "003:725-729"], "KG", "RU", "2015-08-05", ["entry:2015-08-03:work"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending", "terms": "7 working days"},
                      "work-authorisation": {"due": iso(plus(e, 30)), "state": "pending", "terms": "patent"},
                      "exam": {"due": iso(plus(e, 30)), "state": "pending"}}})
case("ru-kg-2015-after-eaeu", "From 12 August 2015 a Kyrgyz worker needs no patent and has thirty days to register",
     ["002:7849-7851"], "KG", "RU", "2015-08-20", ["entry:2015-08-12:work"],
     {"obligations": {"registration": {"due": "2015-09-11", "state": "pending", "terms": "30 days"},
                      "work-authorisation": {"state": "not-required", "terms": "none"},
                      "exam": "absent", "patent-payment": "absent", "foreign-passport": "absent"}})
case("ru-kz-2016-eaeu-worker", "A Kazakh worker in Russia needs no work authorisation and has thirty days to register",
     ["002:7849-7851"], "KZ", "RU", "2016-03-10", ["entry:2016-03-01:work"],
     {"obligations": {"registration": {"due": "2016-03-31", "state": "pending"}, "work-authorisation": {"state": "not-required"}}})
case("ru-kg-2016-eaeu-stay-follows-contract", "An EAEU worker with a running contract may stay beyond ninety days",
     ["002:7849-7851"], "KG", "RU", "2016-06-01", ["entry:2016-01-11:work", "contract-start:2016-01-15", "registration:2016-01-20"],
     {"status": "legal-worker", "obligations": {"stay-limit": {"due": None, "state": "pending"}}, "violations": []})
case("ru-kg-2016-eaeu-contract-ended", "When the contract ends the EAEU worker's stay ends with it, and staying on is overstay",
     ["002:7849-7851", "002:4043-4047"], "KG", "RU", "2016-06-15", ["entry:2016-01-11:work", "contract-start:2016-01-15", "registration:2016-01-20", "contract-end:2016-05-31"],
     {"status": "irregular-stay", "obligations": {"stay-limit": {"due": "2016-05-31", "state": "missed"}}, "violations": ["overstay"], "overstay_days": 15})

# ------------------------------------------------------------------ Russia: authorisation before and after the reforms
e = D("2010-06-01")
case("ru-uz-2010-before-patent", "In June 2010 an Uzbek worker could work only on a permit, due before starting work, with no exam",
     ["003:739-741", "003:822"], "UZ", "RU", "2010-06-02", ["entry:2010-06-01:work"],
     {"obligations": {"registration": {"due": iso(wd(e, 3, ru_hol)), "state": "pending", "terms": "3 working days"},
                      "work-authorisation": {"due": iso(plus(e, 89)), "state": "pending", "terms": "permit", "costs": ["2000 RUB"]},
                      "exam": "absent", "patent-payment": "absent", "migration-card": {"state": "met"}}})
case("ru-uz-2010-patent-for-private-individuals", "From July 2010 a patent for work for private individuals costs 1,000 roubles a month",
     ["003:834"], "UZ", "RU", "2010-07-20", ["entry:2010-07-05:work", "registration:2010-07-07", "authorisation:2010-07-10:patent", "payment:2010-07-10:1"],
     {"status": "legal-visitor", "obligations": {"work-authorisation": {"state": "met", "terms": "patent", "costs": ["1000 RUB"]},
                                                 "patent-payment": {"due": "2010-08-09", "state": "pending", "costs": ["1000 RUB"]}},
      "violations": []})
case("ru-uz-2012-working-without-permit", "Working without a permit in 2012 is unauthorised work from the contract's first day",
     ["002:1537-1545"], "UZ", "RU", "2012-05-01", ["entry:2012-04-02:work", "registration:2012-04-05", "contract-start:2012-04-10"],
     {"status": "working-without-authorisation", "conditions": ["unauthorised-work"],
      "obligations": {"work-authorisation": {"due": "2012-04-10", "state": "missed", "terms": "patent-or-permit", "costs": ["1000 RUB"]}},
      "violations": ["unauthorised-work"]})
case("ru-uz-2014-12-entry-old-regime", "An Uzbek worker who entered in December 2014 falls under the old regime: no exam, no thirty-day deadline",
     ["003:725-729", "003:834"], "UZ", "RU", "2014-12-20", ["entry:2014-12-15:work"],
     {"obligations": {"exam": "absent", "medical-tests": "absent", "work-authorisation": {"due": "2015-03-14", "state": "pending"}}})
case("ru-uz-2015-01-entry-new-regime", "An Uzbek worker who entered on 1 January 2015 must apply for a patent within thirty days, with the exam",
     ["003:725-729", "002:2711-2717"], "UZ", "RU", "2015-01-05", ["entry:2015-01-01:work"],
     {"obligations": {"exam": {"due": "2015-01-31", "state": "pending"}, "work-authorisation": {"due": "2015-01-31", "state": "pending", "costs": ["22000 RUB", "4000 RUB"]}}})
case("ru-uz-2015-late-patent-application", "Applying for a patent after thirty days is a violation with a fine",
     ["002:2711-2713", "002:4048-4049"], "UZ", "RU", "2015-03-20", ["entry:2015-02-02:work", "registration:2015-02-05", "application:2015-03-10:patent"],
     {"obligations": {"work-authorisation": {"due": "2015-03-04", "state": "missed"}}, "violations": ["application-deadline-missed"]})
case("ru-tj-2017-patent-paid-ahead", "A patent paid three months ahead keeps the worker legal past the visitor's ninety days",
     ["002:2716-2717"], "TJ", "RU", "2017-05-01",
     ["entry:2017-03-01:work", "registration:2017-03-10", "medical:2017-03-12", "insurance:2017-03-12", "exam:2017-03-15",
      "application:2017-03-20:patent", "authorisation:2017-03-30:patent", "payment:2017-03-30:3", "contract-start:2017-04-01"],
     {"status": "legal-worker", "conditions": [],
      "obligations": {"work-authorisation": {"state": "met"}, "exam": {"state": "met"}, "medical-tests": {"state": "met"},
                      "patent-payment": {"due": "2017-06-29", "state": "pending", "costs": ["4200 RUB"]},
                      "stay-limit": {"due": "2017-06-29", "state": "pending"}},
      "violations": []}, region="MOW")
case("ru-tj-2016-patent-lapsed", "A patent not paid on time is annulled: the worker works without authorisation and overstays",
     ["002:2716-2717", "002:4043-4047"], "TJ", "RU", "2016-05-10",
     ["entry:2016-02-01:work", "registration:2016-02-10", "medical:2016-02-15", "insurance:2016-02-15", "exam:2016-02-18",
      "application:2016-02-20:patent", "authorisation:2016-03-01:patent", "payment:2016-03-01:1", "payment:2016-03-31:1", "contract-start:2016-03-05"],
     {"status": "irregular-stay", "conditions": ["unauthorised-work", "authorisation-lapsed", "overstay"],
      "obligations": {"patent-payment": {"due": "2016-04-30", "state": "missed"}, "stay-limit": {"due": "2016-04-30", "state": "missed"}},
      "violations": ["unauthorised-work", "overstay"], "overstay_days": 10}, region="MOW")
case("ru-uz-2018-st-petersburg-patent-price", "The monthly patent payment in St Petersburg in 2018 is 3,500 roubles",
     ["002:2716-2717"], "UZ", "RU", "2018-04-01",
     ["entry:2018-03-01:work", "registration:2018-03-05", "application:2018-03-15:patent", "authorisation:2018-03-25:patent", "payment:2018-03-25:1"],
     {"obligations": {"patent-payment": {"due": "2018-04-24", "state": "pending", "costs": ["3500 RUB"]}}}, region="SPE")
case("ru-uz-2024-other-region-patent-price", "Outside Moscow and St Petersburg the planner quotes the federal minimum patent payment",
     ["002:2716-2717"], "UZ", "RU", "2024-04-01",
     ["entry:2024-03-01:work", "registration:2024-03-05", "application:2024-03-15:patent", "authorisation:2024-03-25:patent", "payment:2024-03-25:1"],
     {"obligations": {"patent-payment": {"due": "2024-04-24", "state": "pending", "costs": ["2880 RUB"]}}}, region="other")
case("ru-tj-2014-internal-passport-enough", "In December 2014 a Tajik citizen could still enter Russia on an internal passport",
     ["003:757"], "TJ", "RU", "2014-12-05", ["entry:2014-12-01:visit"],
     {"obligations": {"foreign-passport": "absent"}})
case("ru-tj-2015-planned-entry-needs-foreign-passport", "Planning a January 2015 trip, a Tajik citizen must first get a foreign passport",
     ["003:757"], "TJ", "RU", "2014-12-20", ["entry:2015-01-10:work"],
     {"status": "abroad", "obligations": {"foreign-passport": {"due": "2015-01-10", "state": "pending"},
                                          "registration": {"due": "2015-01-25", "state": "pending"}}})

# ------------------------------------------------------------------ Russia: stay limits and overstay bans
case("ru-uz-2013-visitor-ninety-days-per-entry", "Before 2014 a visitor could stay ninety days counted from each entry",
     ["003:722", "002:4043-4047"], "UZ", "RU", "2013-04-01", ["entry:2013-01-10:visit", "registration:2013-01-15", "exit:2013-02-28", "entry:2013-03-15:visit", "registration:2013-03-18"],
     {"obligations": {"stay-limit": {"due": iso(plus(D("2013-03-15"), 89)), "state": "pending", "terms": "90 days"}}})
# 90 in 180: 50 days used before; 40 left from 15 March
case("ru-uz-2014-ninety-in-one-hundred-eighty", "From 2014 days of an earlier stay count against the ninety in any 180",
     ["002:4043-4047"], "UZ", "RU", "2014-04-01", ["entry:2014-01-10:visit", "registration:2014-01-20", "exit:2014-02-28", "entry:2014-03-15:visit", "registration:2014-03-18"],
     {"obligations": {"stay-limit": {"due": iso(plus(D("2014-03-15"), 90 - 50 - 1)), "state": "pending", "terms": "90 days in 180"}}})
last = plus(D("2016-01-01"), 89)
for days, fid, name, bans in [
    (30, "ru-uz-2016-overstay-30-days-no-ban", "Overstaying exactly thirty days brings a fine but no ban", []),
    (31, "ru-uz-2016-overstay-31-days-three-years", "Overstaying thirty-one days bans entry for three years from the exit", [ban("overstay", plus(last, 31), years=3)]),
    (180, "ru-uz-2016-overstay-180-days-three-years", "Overstaying 180 days still brings three years", [ban("overstay", plus(last, 180), years=3)]),
    (181, "ru-uz-2016-overstay-181-days-five-years", "Overstaying 181 days brings five years", [ban("overstay", plus(last, 181), years=5)]),
    (270, "ru-uz-2016-overstay-270-days-five-years", "Overstaying 270 days still brings five years", [ban("overstay", plus(last, 270), years=5)]),
    (271, "ru-uz-2016-overstay-271-days-ten-years", "Overstaying 271 days brings ten years", [ban("overstay", plus(last, 271), years=10)]),
]:
    exit_ = plus(last, days)
    case(fid, name, ["002:4043-4047", "002:2763-2770"], "UZ", "RU", iso(plus(exit_, 1)),
         ["entry:2016-01-01:visit", "registration:2016-01-11", "exit:" + iso(exit_)],
         {"status": "banned" if bans else "abroad", "obligations": {"stay-limit": {"due": iso(last), "state": "missed"}},
          "violations": ["overstay"], "overstay_days": days, "bans": bans})
last13 = plus(D("2013-01-15"), 89)
case("ru-uz-2013-overstay-discretionary-ban", "In 2013 a month's overstay meant entry may be refused for three years",
     ["002:7683-7691", "002:2763-2770"], "UZ", "RU", "2013-07-01", ["entry:2013-01-15:visit", "registration:2013-01-18", "exit:2013-06-01"],
     {"status": "abroad", "conditions": ["entry-may-be-refused"], "violations": ["overstay"],
      "bans": [ban("overstay", D("2013-06-01"), years=3, mandatory=False)]})
case("ru-uz-2012-overstay-no-ban", "Before 2013 an overstay brought a fine but no automatic ban",
     ["002:7683-7691"], "UZ", "RU", "2012-07-01", ["entry:2012-01-16:visit", "registration:2012-01-19", "exit:2012-06-01"],
     {"status": "abroad", "violations": ["overstay"], "bans": []})
case("ru-uz-2015-01-05-exit-old-scale", "An exit on 5 January 2015 after 200 days of overstay brings three years: the longer bans start on 10 January",
     ["002:2763-2770"], "UZ", "RU", "2015-01-06", ["entry:2014-03-01:visit", "registration:2014-03-05", "exit:2015-01-05"],
     {"violations": ["overstay"], "bans": [ban("overstay", D("2015-01-05"), years=3)]})
case("ru-uz-2015-01-12-exit-new-scale", "An exit on 12 January 2015 after more than 180 days of overstay brings five years",
     ["002:2763-2770"], "UZ", "RU", "2015-01-13", ["entry:2014-03-01:visit", "registration:2014-03-05", "exit:2015-01-12"],
     {"violations": ["overstay"], "bans": [ban("overstay", D("2015-01-12"), years=5)]})
case("ru-uz-2019-ban-expired", "Once the ban's last day has passed the person is simply abroad",
     ["002:7691-7697"], "UZ", "RU", iso(plus_months(plus(last, 31), 36)), ["entry:2016-01-01:visit", "registration:2016-01-11", "exit:" + iso(plus(last, 31))],
     {"status": "abroad", "bans": [ban("overstay", plus(last, 31), years=3)]})
case("ru-uz-2017-entry-during-ban", "Entering while banned is flagged: border checks against the database are not universal",
     ["004:57", "001:509-511"], "UZ", "RU", "2017-03-01", ["entry:2016-01-01:visit", "registration:2016-01-11", "exit:" + iso(plus(last, 31)), "entry:2017-02-01:work", "registration:2017-02-03"],
     {"conditions": ["entered-during-ban"], "violations": ["overstay", "entry-during-ban"]})

# ------------------------------------------------------------------ Russia: expulsion, forgery, offences
case("ru-uz-2016-expulsion-five-years", "Administrative expulsion bans entry for five years from the day of expulsion",
     ["003:800", "002:3499-3500"], "UZ", "RU", "2016-06-01", ["entry:2016-03-01:visit", "registration:2016-03-03", "expulsion:2016-05-10"],
     {"status": "banned", "violations": ["expulsion"], "bans": [ban("expulsion", D("2016-05-10"), years=5)]})
case("ru-uz-2016-forged-documents", "Forged documents bring a fine and a five-year ban from the exit",
     ["003:818"], "UZ", "RU", "2016-05-01", ["entry:2016-03-01:visit", "registration:2016-03-03", "forgery:2016-04-01", "exit:2016-04-05"],
     {"status": "banned", "violations": ["forged-document"], "bans": [ban("forged-document", D("2016-04-05"), years=5)]})
case("ru-uz-2017-two-offences-in-three-years", "Two administrative offences within three years may bar entry for three years from the last",
     ["002:7686-7689"], "UZ", "RU", "2017-03-01", ["entry:2016-03-01:visit", "registration:2016-03-03", "offence:2016-03-10:18.8", "exit:2016-04-01", "entry:2017-01-10:visit", "registration:2017-01-12", "offence:2017-02-01:18.10", "exit:2017-02-15"],
     {"status": "abroad", "conditions": ["entry-may-be-refused"], "violations": ["administrative-offence", "administrative-offence"],
      "bans": [ban("repeat-offences", D("2017-02-01"), years=3, mandatory=False)]})
case("ru-uz-2019-offences-four-years-apart", "Offences more than three years apart do not add up to a ban",
     ["002:7686-7689"], "UZ", "RU", "2019-06-01", ["entry:2015-03-01:visit", "registration:2015-03-03", "offence:2015-03-10:18.8", "exit:2015-04-01", "entry:2019-03-01:visit", "registration:2019-03-04", "offence:2019-04-01:18.8", "exit:2019-04-10"],
     {"violations": ["administrative-offence", "administrative-offence"], "bans": []})

# ------------------------------------------------------------------ Kazakhstan
e = D("2016-05-02")
case("kz-uz-2016-registration-and-permit", "An Uzbek worker in Kazakhstan registers within five days and pays 2 MCI a month for a permit",
     ["002:7931-7937", "002:8342"], "UZ", "KZ", "2016-05-04", ["entry:2016-05-02:work"],
     {"obligations": {"registration": {"due": iso(plus(e, 5)), "state": "pending", "terms": "5 days"},
                      "work-authorisation": {"due": iso(plus(e, 89)), "state": "pending", "terms": "permit", "costs": ["4242 KZT"]},
                      "patent-payment": "absent", "stay-limit": {"due": iso(plus(e, 89))}, "exam": "absent"}})
case("kz-tj-2014-permit-paid-two-months", "A Tajik worker's household permit paid for two months extends the stay to the last paid day",
     ["002:8106", "002:8342"], "TJ", "KZ", "2014-05-15", ["entry:2014-03-01:work", "registration:2014-03-03", "authorisation:2014-04-01:permit", "payment:2014-04-01:2"],
     {"obligations": {"patent-payment": {"due": "2014-05-31", "state": "pending", "costs": ["3704 KZT"]}, "stay-limit": {"due": "2014-05-31", "state": "pending"}},
      "violations": []})
case("kz-kg-2015-after-eaeu", "From August 2015 a Kyrgyz worker in Kazakhstan needs no permit and registers within thirty days",
     ["002:7932-7933"], "KG", "KZ", "2015-09-10", ["entry:2015-09-01:work"],
     {"obligations": {"registration": {"due": "2015-10-01", "state": "pending", "terms": "30 days"}, "work-authorisation": {"state": "not-required"}}})
case("kz-kg-2015-before-eaeu", "Before August 2015 a Kyrgyz worker in Kazakhstan had five days to register and needed a permit",
     ["002:7931-7937"], "KG", "KZ", "2015-07-02", ["entry:2015-07-01:work"],
     {"obligations": {"registration": {"due": "2015-07-06", "state": "pending", "terms": "5 days"}, "work-authorisation": {"state": "pending"}}})
case("kz-uz-2016-missed-registration", "Missing Kazakhstan's five-day registration leaves the migrant in irregular stay",
     ["002:7931-7937", "002:8330-8333"], "UZ", "KZ", "2016-05-20", ["entry:2016-05-02:work"],
     {"status": "irregular-stay", "violations": ["registration-deadline-missed"], "obligations": {"registration": {"state": "missed", "fine": "31815 KZT"}}})
case("kz-kz-citizen-at-home", "A citizen of Kazakhstan at home is under no migration rule",
     ["002:7931-7937"], "KZ", "KZ", "2016-05-20", ["entry:2016-05-02:work"],
     {"status": "citizen", "violations": [], "bans": []})

# ------------------------------------------------------------------ Turkey
case("tr-uz-2017-thirty-visa-free-days", "An Uzbek visitor in Turkey in 2017 has thirty visa-free days and need not register",
     ["002:9473-9476", "002:1748-1750"], "UZ", "TR", "2017-06-10", ["entry:2017-06-01:visit"],
     {"status": "legal-visitor", "obligations": {"stay-limit": {"due": "2017-06-30", "state": "pending"}, "registration": {"state": "not-required"}, "visa": "absent"}})
case("tr-uz-2017-worker-residence-permit", "An Uzbek who comes to work in Turkey must apply for a residence permit before the thirty days end",
     ["002:10031-10038"], "UZ", "TR", "2017-06-10", ["entry:2017-06-01:work"],
     {"obligations": {"residence-permit": {"due": "2017-06-30", "state": "pending"}, "work-authorisation": {"state": "pending", "terms": "permit"}}})
case("tr-kg-2017-ninety-visa-free-days", "A Kyrgyz visitor in Turkey has ninety visa-free days",
     ["002:9476", "002:10028-10029"], "KG", "TR", "2017-06-10", ["entry:2017-06-01:visit"],
     {"obligations": {"stay-limit": {"due": "2017-08-29", "state": "pending"}}})
case("tr-uz-2019-ninety-visa-free-days", "From November 2018 an Uzbek visitor in Turkey has ninety days",
     ["002:9473-9476"], "UZ", "TR", "2019-06-10", ["entry:2019-06-01:visit"],
     {"obligations": {"stay-limit": {"due": "2019-08-29", "state": "pending"}}})
case("tr-uz-2006-visa-required", "Before the 2007 exemption an Uzbek citizen needed a visa for Turkey",
     ["002:9473-9476"], "UZ", "TR", "2006-06-10", ["entry:2006-06-01:visit"],
     {"obligations": {"visa": {"due": "2006-06-01", "state": "met"}}})
case("tr-tj-2024-visa-required-again", "From 20 April 2024 a Tajik citizen planning a trip to Turkey needs a visa again",
     ["002:9473-9476"], "TJ", "TR", "2024-05-01", ["entry:2024-06-01:visit"],
     {"status": "abroad", "obligations": {"visa": {"due": "2024-06-01", "state": "pending"}}})
case("tr-uz-2016-overstay-fined-no-ban", "Overstaying in Turkey in 2016 brought a fine on leaving but no ban",
     ["002:9758-9760"], "UZ", "TR", "2017-01-01", ["entry:2016-01-01:work", "exit:2016-12-31"],
     {"status": "abroad", "violations": ["overstay"], "bans": []})
last21 = plus(D("2021-01-01"), 89)
case("tr-uz-2021-overstay-one-month-ban", "From June 2020 a hundred days of overstay in Turkey brings a one-month ban even when the fee is paid",
     ["002:9758-9760"], "UZ", "TR", iso(plus(last21, 101)), ["entry:2021-01-01:visit", "exit:" + iso(plus(last21, 100))],
     {"violations": ["overstay"], "overstay_days": 100, "bans": [ban("overstay", plus(last21, 100), months=1)]})

# ------------------------------------------------------------------ Kyrgyzstan, internal registration
e = D("2016-09-05")
case("kg-internal-2016-unregistered-worker", "An internal migrant in Bishkek for more than forty-five days who did not register within five working days of arriving loses the services registration gates",
     ["002:7193-7196", "002:7420-7447"], "KG", "KG", "2016-10-25", ["entry:2016-09-05:work"],
     {"status": "unregistered-resident", "obligations": {"registration": {"due": iso(wd(e, 5, kg_hol)), "state": "missed", "terms": "5 working days"}},
      "violations": ["registration-deadline-missed"]})
case("kg-internal-2016-worker-within-45-days", "Two weeks after moving to work, the five working days have passed, but no breach is recorded unless the stay goes past forty-five days",
     ["002:7193-7196"], "KG", "KG", "2016-09-20", ["entry:2016-09-05:work"],
     {"status": "resident", "obligations": {"registration": {"due": iso(wd(e, 5, kg_hol)), "state": "missed"}}, "violations": []})
case("kg-internal-2016-short-visit", "A visit of under forty-five days needs no registration",
     ["002:7193-7196"], "KG", "KG", "2016-10-20", ["entry:2016-09-05:visit", "exit:2016-10-05"],
     {"status": "abroad", "obligations": {"registration": {"state": "not-required"}}, "violations": []})
e = D("2017-08-28")
case("kg-internal-2017-registration-skips-independence-day", "The working-day count skips Independence Day, 31 August",
     ["002:7193-7196"], "KG", "KG", "2017-09-10", ["entry:2017-08-28:work", "registration:" + iso(wd(e, 5, kg_hol))],
     {"status": "resident", "obligations": {"registration": {"due": iso(wd(e, 5, kg_hol)), "state": "met"}}, "violations": []})
# ------------------------------------------------------------------ cases from the first review
case("tr-uz-2021-timely-residence-application-covers-the-wait", "A residence permit applied for in time keeps the stay lawful while it is decided, and then for its term",
     ["002:10031-10038"], "UZ", "TR", "2022-05-01", ["entry:2021-01-10:visit", "application:2021-03-01:residence", "authorisation:2021-05-01:residence", "exit:2022-04-20"],
     {"status": "abroad", "violations": [], "bans": []})
case("ru-uz-2016-patent-applied-in-window-issued-after", "A patent applied for within the legal stay and issued within ten working days extends it",
     ["002:2711-2717", "002:4043-4047"], "UZ", "RU", "2016-07-01",
     ["entry:2016-01-01:visit", "registration:2016-01-05", "exit:2016-03-20", "entry:2016-05-01:work", "registration:2016-05-05",
      "application:2016-05-06:patent", "authorisation:2016-05-20:patent", "payment:2016-05-20:3", "contract-start:2016-05-21"],
     {"status": "legal-worker", "violations": [], "obligations": {"patent-payment": {"due": "2016-08-19", "state": "pending"}}}, region="other")
case("ru-kg-2017-returning-eaeu-worker", "An EAEU worker back with a new contract stays for its term, whatever the 90 days in 180",
     ["002:7849-7851"], "KG", "RU", "2017-03-01",
     ["entry:2016-01-10", "registration:2016-01-12", "contract-start:2016-01-15", "contract-end:2016-12-15", "exit:2016-12-20",
      "entry:2017-01-10", "registration:2017-01-12", "contract-start:2017-01-11"],
     {"status": "legal-worker", "obligations": {"stay-limit": {"due": None, "terms": "contract"}}, "violations": ["overstay"],
      "overstay_days": 5}, region="other")  # the 5 days between the first contract's end and that stay's exit
case("ru-kg-2015-entered-before-accession-worked-after", "A Kyrgyz worker who entered before 12 August 2015 and started work after it needs no patent",
     ["002:7849-7851"], "KG", "RU", "2015-12-05", ["entry:2015-08-01", "registration:2015-08-05", "contract-start:2015-08-15", "exit:2015-12-01"],
     {"obligations": {"work-authorisation": {"state": "not-required"}, "exam": "absent"}, "violations": [], "bans": []}, region="other")
case("ru-kz-2014-worker-stay-follows-contract", "From 2012 a Kazakh worker's stay in Russia follows the employment contract",
     ["003:690"], "KZ", "RU", "2014-10-10", ["entry:2014-02-01", "registration:2014-02-10", "contract-start:2014-02-15", "exit:2014-10-01"],
     {"violations": [], "bans": []}, region="other")
case("ru-tj-2018-entered-during-expulsion-ban", "Entering while banned is an irregular stay, whatever was done since",
     ["003:800", "004:57"], "TJ", "RU", "2018-02-01",
     ["entry:2016-01-10:visit", "registration:2016-01-15", "expulsion:2016-05-20", "entry:2018-01-10:visit", "registration:2018-01-12"],
     {"status": "irregular-stay", "conditions": ["entered-during-ban"], "violations": ["overstay", "expulsion", "entry-during-ban"]}, region="MOW")
case("ru-tj-2016-left-before-deadlines-owes-nothing", "Someone who leaves before the deadlines owes none of the steps they set",
     ["002:4042-4043", "002:2711-2713"], "TJ", "RU", "2016-03-04", ["entry:2016-03-01", "exit:2016-03-03"],
     {"status": "abroad", "obligations": {"registration": {"state": "not-required"}, "work-authorisation": {"state": "not-required"},
                                          "exam": {"state": "not-required"}, "patent-payment": "absent"}, "violations": []}, region="other")
case("ru-uz-2017-patent-at-its-longest-term", "A patent paid for twelve months cannot be paid further: staying on means working and staying without it",
     ["003:741"], "UZ", "RU", "2017-03-05",
     ["entry:2016-01-10", "registration:2016-01-15", "authorisation:2016-02-01:patent", "payment:2016-02-01:12", "contract-start:2016-02-02", "exit:2017-03-01"],
     {"obligations": {"patent-payment": {"due": "2017-01-31", "state": "missed", "terms": "reissue"}},
      "violations": ["unauthorised-work", "overstay"], "overstay_days": 29, "bans": []}, region="other")
case("ru-uz-2016-payments-belong-to-one-patent", "A payment between two issues keeps the first patent alive and does not count again for the re-issued one",
     ["002:2716-2717"], "UZ", "RU", "2016-06-05",
     ["entry:2016-01-10", "registration:2016-01-12", "authorisation:2016-02-01:patent", "payment:2016-02-01", "contract-start:2016-02-02",
      "payment:2016-02-25:3", "authorisation:2016-03-10:patent"],
     {"status": "irregular-stay", "obligations": {"patent-payment": {"due": "2016-04-09", "state": "missed"}},
      "violations": ["unauthorised-work", "overstay"], "overstay_days": 5}, region="other")
case("ru-uz-2016-issued-patent-shows-its-documents", "An issued patent shows that its medical tests, insurance and exam were presented",
     ["002:1581-1584", "002:2718-2720"], "UZ", "RU", "2016-03-01",
     ["entry:2016-01-10", "registration:2016-01-15", "authorisation:2016-02-01:patent", "payment:2016-02-01:3", "contract-start:2016-02-02"],
     {"status": "legal-worker", "obligations": {"medical-tests": {"state": "met"}, "health-insurance": {"state": "met"}, "exam": {"state": "met"}}}, region="other")
e = D("2016-03-01")
case("kg-internal-2016-visitor-past-45-days", "A stay past forty-five days needed registration within five working days of arriving, whatever the purpose of the move",
     ["002:7193-7196"], "KG", "KG", "2016-04-20", ["entry:2016-03-01:visit"],
     {"status": "unregistered-resident", "obligations": {"registration": {"due": iso(wd(e, 5, kg_hol)), "state": "missed"}},
      "violations": ["registration-deadline-missed"]})
case("ru-uz-2015-no-payment-for-a-patent-never-sought", "No monthly payment is asked for a patent that was never applied for",
     ["002:2716-2717"], "UZ", "RU", "2016-02-01", ["entry:2015-06-01", "exit:2015-08-01"],
     {"obligations": {"patent-payment": "absent", "work-authorisation": {"state": "missed"}}}, region="other")
case("ru-uz-2016-ban-from-29-february", "A three-year ban from 29 February 2016 ends on 28 February 2019",
     ["002:2763-2770"], "UZ", "RU", "2016-03-10", ["entry:2015-09-01:visit", "registration:2015-09-03", "exit:2016-02-29"],
     {"bans": [ban("overstay", D("2016-02-29"), years=3)]}, region="other")
case("ru-uz-2016-planned-return-trip", "A migrant abroad can plan a return: the trip's steps are laid out ahead",
     ["003:816", "002:2711-2713"], "UZ", "RU", "2016-03-10", ["entry:2015-09-01:visit", "registration:2015-09-03", "exit:2015-10-01", "entry:2016-05-01:work"],
     {"status": "abroad", "obligations": {"registration": {"state": "pending"}, "work-authorisation": {"due": "2016-05-31", "state": "pending"}}}, region="other")
# ------------------------------------------------------------------ Russia: 90 days per calendar year from 2025
YEAR = ("year", 90, 90)
ROLL = ("rolling", 90, 180, 90)
RU260 = "Federal Law 260-FZ of 08.08.2024 (115-FZ art. 5(1)); https://d0.pravoved.ru/question/4587334"
case("ru-uz-2025-ninety-per-calendar-year", "The issue's case: 86 days used in January-March 2025 leave four days in September, not ninety",
     [RU260], "UZ", "RU", "2025-09-02", ["entry:2025-01-05:visit", "exit:2025-03-31", "entry:2025-09-01:visit"],
     {"status": "legal-visitor", "obligations": {"stay-limit": {"due": iso(visitor_last_day([(D("2025-01-05"), D("2025-03-31"))], D("2025-09-01"), YEAR)),
      "state": "pending", "terms": "90 days per calendar year"}}}, region="other")
case("ru-uz-2024-same-history-ninety-in-180", "The same history a year earlier, under 90 days in any 180, leaves the full ninety days in September",
     ["002:4043-4047"], "UZ", "RU", "2024-09-02", ["entry:2024-01-05:visit", "exit:2024-03-31", "entry:2024-09-01:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day([(D("2024-01-05"), D("2024-03-31"))], D("2024-09-01"), ROLL)),
      "state": "pending", "terms": "90 days in 180"}}}, region="other")
autumn = [(D("2024-10-01"), D("2024-11-29"))]
case("ru-tj-2024-12-31-entry-keeps-ninety-in-180", "Entering on 31 December 2024 after sixty days in the autumn: the 90-in-180 rule of the entry day counts them",
     ["002:4043-4047", RU260], "TJ", "RU", "2025-01-05", ["entry:2024-10-01:visit", "exit:2024-11-29", "entry:2024-12-31:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day(autumn, D("2024-12-31"), ROLL)), "state": "pending", "terms": "90 days in 180"}}}, region="other")
case("ru-tj-2025-01-01-entry-starts-a-new-year", "Entering on 1 January 2025 after the same autumn: the new year's ninety days are all there",
     [RU260], "TJ", "RU", "2025-01-05", ["entry:2024-10-01:visit", "exit:2024-11-29", "entry:2025-01-01:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day(autumn, D("2025-01-01"), YEAR)), "state": "pending", "terms": "90 days per calendar year"}}}, region="other")
spring = [(D("2025-03-01"), D("2025-04-29"))]
case("ru-uz-2025-year-runs-out-before-31-december", "Sixty days used in spring 2025 leave thirty from 15 November: the stay ends in December, before the new year",
     [RU260], "UZ", "RU", "2025-11-20", ["entry:2025-03-01:visit", "exit:2025-04-29", "entry:2025-11-15:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day(spring, D("2025-11-15"), YEAR)), "state": "pending"}}}, region="other")
spring50 = [(D("2025-03-01"), D("2025-04-19"))]
case("ru-uz-2025-stay-across-new-year-bounded-by-ninety-in-a-row", "A stay that reaches 31 December goes on in the new year's count, but no more than ninety days in a row",
     [RU260], "UZ", "RU", "2025-12-10", ["entry:2025-03-01:visit", "exit:2025-04-19", "entry:2025-12-01:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day(spring50, D("2025-12-01"), YEAR)), "state": "pending"}}}, region="other")
e = D("2025-09-01")
last = visitor_last_day([(D("2025-01-05"), D("2025-03-31"))], e, YEAR)
case("ru-uz-2025-overstay-after-trusting-ninety-in-180", "Leaving on 1 November 2025 in the belief that 90 in 180 still applied is 58 days of overstay and a three-year ban",
     [RU260, "Federal Law 114-FZ art. 27(1)(12)"], "UZ", "RU", "2025-11-05", ["entry:2025-01-05:visit", "registration:2025-01-10", "exit:2025-03-31",
      "entry:2025-09-01:visit", "registration:2025-09-03", "exit:2025-11-01"],
     {"status": "banned", "violations": ["overstay"], "overstay_days": (D("2025-11-01") - last).days,
      "bans": [ban("overstay", D("2025-11-01"), years=3)]}, region="other")
case("ru-uz-2026-new-year-new-days", "Ninety days used in 2025 do not count in 2026: a January entry has the full ninety days",
     [RU260], "UZ", "RU", "2026-01-15", ["entry:2025-06-01:visit", "exit:2025-08-29", "entry:2026-01-10:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day([(D("2025-06-01"), D("2025-08-29"))], D("2026-01-10"), YEAR)), "state": "pending"}}}, region="other")

# ------------------------------------------------------------------ Kazakhstan: thirty days from each entry from 2023-01-27
KZ1146 = "Government Decree of Kazakhstan No. 1146 of 31.12.2022; https://astanatimes.com/2023/01/kazakhstan-amends-immigration-rules-cancels-visa-run-for-foreign-nationals/"
case("kz-uz-2023-01-26-ninety-per-entry", "An Uzbek citizen entering Kazakhstan on 26 January 2023 still has ninety days from the entry",
     ["Government Decree of Kazakhstan No. 148 of 21.01.2012"], "UZ", "KZ", "2023-02-01", ["entry:2023-01-26:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day([], D("2023-01-26"), ("entry", 90))), "state": "pending", "terms": "90 days"}}})
case("kz-uz-2023-01-27-thirty-days-per-entry", "From 27 January 2023 an Uzbek citizen may stay thirty days from each entry, ninety in any 180",
     [KZ1146], "UZ", "KZ", "2023-02-01", ["entry:2023-01-27:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day([], D("2023-01-27"), ("rolling", 90, 180, 30))), "state": "pending",
      "terms": "30 days per entry, 90 days in 180"}}})
trips = [(D("2024-01-05"), D("2024-02-03")), (D("2024-02-05"), D("2024-03-05")), (D("2024-03-07"), D("2024-04-05"))]
case("kz-uz-2024-fourth-entry-within-ninety-in-180", "A fourth entry after three thirty-day stays finds the ninety days in 180 used up",
     [KZ1146], "UZ", "KZ", "2024-04-08", ["entry:2024-01-05:visit", "exit:2024-02-03", "entry:2024-02-05:visit", "exit:2024-03-05",
      "entry:2024-03-07:visit", "exit:2024-04-05", "entry:2024-04-07:visit"],
     {"status": "irregular-stay", "obligations": {"stay-limit": {"due": iso(visitor_last_day(trips, D("2024-04-07"), ("rolling", 90, 180, 30))), "state": "missed"}},
      "violations": ["overstay"]})
case("kz-tj-2024-ninety-days-under-the-agreement", "A Tajik citizen keeps ninety days in Kazakhstan under the 2018 agreement",
     ["https://en.trend.az/business/tourism/2879927.html (Kazakh-Tajik agreement of 14.03.2018)"], "TJ", "KZ", "2024-03-10", ["entry:2024-03-01:visit"],
     {"obligations": {"stay-limit": {"due": iso(visitor_last_day([], D("2024-03-01"), ("rolling", 90, 180, 90))), "state": "pending", "terms": "90 days in 180"}}})

# ------------------------------------------------------------------ Russia: the production calendar's transfers
CAL = "Government decrees on moving days off (calendar/days_off.yaml); 003:816"
e = D("2017-02-17")
case("ru-uz-2017-registration-skips-24-february", "24 February 2017 was a day off moved from a Saturday: the seven working days end a day later",
     [CAL, "Government Decree No. 756 of 04.08.2016"], "UZ", "RU", "2017-02-20", ["entry:2017-02-17:visit"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending", "terms": "7 working days"}}}, region="other")
e = D("2019-04-29")
case("ru-uz-2019-registration-skips-may-holidays", "2, 3 and 10 May 2019 were days off: registration due after entry on 29 April falls on 15 May",
     [CAL, "Government Decree No. 1163 of 01.10.2018"], "UZ", "RU", "2019-04-30", ["entry:2019-04-29:visit"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending"}}}, region="other")
e = D("2016-02-17")
case("ru-uz-2016-saturday-20-february-was-a-working-day", "Saturday 20 February 2016 was a working day and 22 February a day off: both count",
     [CAL, "Government Decree No. 1017 of 24.09.2015"], "UZ", "RU", "2016-02-18", ["entry:2016-02-17:visit"],
     {"obligations": {"registration": {"due": iso(wd(e, 7, ru_hol)), "state": "pending"}}}, region="other")

# ------------------------------------------------------------------ work rules when no work is recorded
case("ru-kg-2015-08-11-entry-needs-no-patent-from-accession", "A Kyrgyz worker who entered on 11 August 2015 and has not started work needs no patent from 12 August",
     ["002:7849-7851", "EAEU Treaty art. 97"], "KG", "RU", "2015-08-20", ["entry:2015-08-11:work"],
     {"obligations": {"work-authorisation": {"state": "not-required", "terms": "none"}, "exam": "absent"}, "violations": []}, region="other")

# ------------------------------------------------------------------ Russia: the register of controlled persons and the amnesty
REG = "Federal Law 260-FZ of 08.08.2024 (115-FZ arts. 31.1-31.2); https://ppp-tr.creatium.site/mvd-rossii-razyyasnyaet-poryadok-formirovaniya-i-funktsionirovaniya-reestra-kontroliruemykh-lits-13542218"
AMN = "Presidential Decree No. 1126 of 30.12.2024; https://realnoevremya.ru/news/325592-nelegalnym-migrantam-neobhodimo-uehat-iz-rossii-do-30-aprelya"
POL = "Federal Law 248-FZ of 08.08.2024; https://kvadroplus.com/2025/01/29/10-izmenena-otvetstvennost-za-nelegalnuyu-migraciyu"
autumn24 = ["entry:2024-10-01:visit", "registration:2024-10-05"]
last24 = visitor_last_day([], D("2024-10-01"), ROLL)
case("ru-uz-2025-02-04-overstay-before-the-register", "On 4 February 2025 an overstayer is not yet a controlled person, but the amnesty is open",
     [REG, AMN], "UZ", "RU", "2025-02-04", autumn24,
     {"status": "irregular-stay", "conditions": ["overstay"], "notices": ["amnesty-open"]}, region="other")
case("ru-uz-2025-02-05-register-grounds-from-its-first-day", "From 5 February 2025 the same overstayer meets the grounds of the register, from its first day",
     [REG, AMN, POL], "UZ", "RU", "2025-02-10", autumn24,
     {"status": "irregular-stay", "conditions": ["overstay", "controlled-persons-register"],
      "register": {"since": "2025-02-05", "amnesty_until": "2025-04-30"}, "notices": ["police-expulsion", "amnesty-open"]}, region="other")
case("ru-uz-2025-05-amnesty-extended-to-10-september", "In May 2025 the amnesty, extended on 28 April, runs to 10 September",
     [REG, AMN, "https://doctrina.ru/tass-ru-28-04-2025/"], "UZ", "RU", "2025-05-05", autumn24,
     {"register": {"since": "2025-02-05", "amnesty_until": "2025-09-10"}}, region="other")
summer25 = ["entry:2025-07-01:visit", "registration:2025-07-05"]
last25 = visitor_last_day([], D("2025-07-01"), YEAR)
case("ru-tj-2025-register-grounds-from-the-first-unlawful-day", "A visitor who stays past the ninety days in autumn 2025 meets the register's grounds from the first day over; the amnesty has closed",
     [REG, RU260, POL, "Federal Law 544-FZ of 28.12.2024"], "TJ", "RU", "2025-10-15", summer25,
     {"status": "irregular-stay", "conditions": ["overstay", "controlled-persons-register"],
      "register": {"since": iso(plus(last25, 1)), "amnesty_until": None}, "notices": ["police-expulsion", "school-admission"]}, region="other")
case("ru-uz-2025-amnesty-regularised-with-a-patent", "An overstayer who applied under the amnesty in March 2025 and got a patent is lawful again, with no overstay counted",
     [AMN, "002:2711-2717"], "UZ", "RU", "2025-05-01",
     autumn24 + ["amnesty:2025-03-10", "authorisation:2025-03-15:patent", "payment:2025-03-15:3", "contract-start:2025-03-16"],
     {"status": "legal-worker", "conditions": [], "overstay_days": 0}, region="other")
case("ru-uz-2025-amnesty-too-late", "An application under the amnesty on 15 September 2025, after it closed, regularises nothing",
     [AMN, "https://ria.ru/20250910/migranty-2040808868.html"], "UZ", "RU", "2025-09-20", ["entry:2025-03-01:visit", "registration:2025-03-05", "amnesty:2025-09-15"],
     {"status": "irregular-stay", "conditions": ["overstay", "controlled-persons-register"]}, region="other")
case("ru-uz-2025-listed-by-the-ministry", "A person the ministry has listed carries the condition from the listing, whatever the planner infers",
     [REG], "UZ", "RU", "2025-06-10", ["entry:2025-05-01:work", "registration:2025-05-05", "register-listed:2025-06-01"],
     {"conditions": ["controlled-persons-register"], "register": {"since": "2025-06-01"}}, region="other")
case("ru-uz-2025-removed-from-the-register", "Once removed from the register, a person with a lawful stay carries no register condition",
     [REG], "UZ", "RU", "2025-06-20", ["entry:2025-05-01:work", "registration:2025-05-05", "register-listed:2025-06-01", "register-removed:2025-06-15"],
     {"conditions": []}, region="other")

# ------------------------------------------------------------------ Russia: what a patent costs, item by item
DUTY = "Federal Law 271-FZ of 31.07.2025 (Tax Code art. 333.28); http://duma.gov.ru/news/61845"
EXAMFEE = "Government Decree No. 1717 of 04.12.2024; https://consultant.ru/document/cons_doc_LAW_492585"
case("ru-uz-2024-12-09-the-2015-package", "An Uzbek worker entering on 9 December 2024 is quoted the sources' package and the first month",
     ["002:2715", "Tax Code art. 227.1"], "UZ", "RU", "2024-12-10", ["entry:2024-12-09:work"],
     {"obligations": {"work-authorisation": {"cost_items": ["package", "advance-payment"], "costs": ["22000 RUB", "2880 RUB"]},
                      "exam": {"terms": "", "cost_items": []}}}, region="other")
case("ru-uz-2024-12-10-the-items-of-the-day", "From 10 December 2024 the exam has its fixed price and the items replace the package",
     [EXAMFEE, "Federal Law 377-FZ of 09.11.2024"], "UZ", "RU", "2024-12-11", ["entry:2024-12-10:work"],
     {"obligations": {"work-authorisation": {"cost_items": ["advance-payment"], "costs": ["2880 RUB"]},
                      "exam": {"terms": "state-institution", "costs": ["3800 RUB"]}, "medical-tests": {"costs": ["6200 RUB"]},
                      "health-insurance": {"costs": []}}}, region="other")
case("ru-uz-2025-08-31-no-duty-yet", "Entering on 31 August 2025: no state duty on the patent or on registration yet",
     [DUTY], "UZ", "RU", "2025-09-02", ["entry:2025-08-31:work"],
     {"obligations": {"work-authorisation": {"cost_items": ["advance-payment"], "costs": ["3113 RUB"]}, "registration": {"costs": []}}}, region="other")
case("ru-uz-2025-09-01-state-duties", "Entering on 1 September 2025: a 4,200-rouble duty on the patent and 500 roubles on registration",
     [DUTY, "https://tomsk-news.net/society/2025/08/28/174802.html"], "UZ", "RU", "2025-09-02", ["entry:2025-09-01:work"],
     {"obligations": {"work-authorisation": {"cost_items": ["state-duty", "advance-payment"], "costs": ["4200 RUB", "3113 RUB"]},
                      "registration": {"costs": ["500 RUB"]}}}, region="other")
case("ru-uz-2026-exam-on-a-computer", "From 2026 the exam is taken on a computer at a state institution",
     ["https://www.vb.kg/doc/453889_v_rossii_vvoditsia_edinyy_cifrovoy_format_ekzamenov_dlia_migrantov.html"], "UZ", "RU", "2026-01-12", ["entry:2026-01-10:work"],
     {"obligations": {"exam": {"terms": "state-institution-computer"}, "work-authorisation": {"costs": ["4200 RUB", "3410 RUB"]}}}, region="other")

# ------------------------------------------------------------------ Russia: the Moscow region's Amina experiment
AMINA = "Federal Law 121-FZ of 23.05.2025; https://24.kg/obschestvo/340910_prilojenie_amina_dlya_migrantov_vmoskve_mid_krrasskazal_kak_impolzovatsya/"
case("ru-tj-2025-08-30-moscow-before-amina", "A Tajik worker in Moscow on 30 August 2025 is not yet in the experiment",
     [AMINA], "TJ", "RU", "2025-08-30", ["entry:2025-08-29:work"],
     {"notices": ["school-admission"], "obligations": {"registration": {"costs": []}}}, region="MOW")
case("ru-tj-2025-09-01-moscow-amina", "From 1 September 2025 a Tajik worker in Moscow registers through the Amina app, without the registration duty",
     [AMINA, DUTY], "TJ", "RU", "2025-09-02", ["entry:2025-09-01:work"],
     {"notices": ["amina", "school-admission"], "obligations": {"registration": {"costs": []}}}, region="MOW")
case("ru-uz-2025-09-01-moscow-oblast-amina", "Moscow oblast shares the experiment",
     [AMINA], "UZ", "RU", "2025-09-02", ["entry:2025-09-01:work"], {"notices": ["amina", "school-admission"]}, region="MOS")
case("ru-uz-2025-09-01-st-petersburg-no-amina", "St Petersburg is outside the experiment and charges the registration duty",
     [AMINA, DUTY], "UZ", "RU", "2025-09-02", ["entry:2025-09-01:work"],
     {"notices": ["school-admission"], "obligations": {"registration": {"costs": ["500 RUB"]}}}, region="SPE")
case("ru-tj-2025-moscow-visitor-not-in-amina", "A visitor to Moscow, not there to work, is outside the experiment",
     [AMINA], "TJ", "RU", "2025-09-02", ["entry:2025-09-01:visit"], {"notices": ["school-admission"]}, region="MOW")

# ------------------------------------------------------------------ Russia: regional bans on occupations for patent holders
SPB = "St Petersburg Governor's Decree No. 60-pg of 28.07.2025; https://incrussia.ru/news/v-sankt-peterburge-vvedeny-novye-ogranicheniya-dlya-inostrannyh-kurerov/"
case("ru-uz-2025-11-21-courier-in-st-petersburg", "On 21 November 2025 a patent still covers courier work in St Petersburg",
     [SPB], "UZ", "RU", "2025-11-21", ["entry:2025-11-01:work", "registration:2025-11-05"], {"notices": ["school-admission"]},
     region="SPE", occupation="courier")
case("ru-uz-2025-11-22-courier-banned-in-st-petersburg", "From 22 November 2025 patent holders may not work as couriers in St Petersburg",
     [SPB], "UZ", "RU", "2025-11-22", ["entry:2025-11-01:work", "registration:2025-11-05"], {"notices": ["school-admission", "occupation-banned"]},
     region="SPE", occupation="courier")
case("ru-kg-2025-courier-in-st-petersburg-eaeu", "A Kyrgyz citizen needs no patent, so St Petersburg's ban does not touch him",
     [SPB, "002:7849-7851"], "KG", "RU", "2025-12-01", ["entry:2025-11-01:work", "registration:2025-11-05"], {"notices": ["school-admission"]},
     region="SPE", occupation="courier")
case("ru-tj-2026-krasnodar-bans-every-occupation", "From 2026 Krasnodar krai bars patent holders from every occupation",
     ["Krasnodar Krai Governor's Decree No. 856 of 18.12.2025; https://bruhoveckaya.ru/raion/OMVD_RF_po_BR/news/?ELEMENT_ID=63193"], "TJ", "RU", "2026-01-12",
     ["entry:2026-01-10:work"], {"notices": ["school-admission", "occupation-banned"]}, region="KDA", occupation="construction")
case("ru-uz-2025-other-region-bans-not-covered", "In a region whose bans Corridor does not hold, the plan says so",
     ["Federal Law 115-FZ art. 18.1(6)"], "UZ", "RU", "2025-06-02", ["entry:2025-06-01:work"], {"notices": ["school-admission", "occupation-not-covered"]},
     region="other", occupation="courier")

# ------------------------------------------------------------------ Russia: at the border, before a trip
case("ru-uz-2025-planned-trip-border-formalities", "Before a trip in July 2025: fingerprints at the border, and the voluntary RuID application",
     ["Government Decree No. 1510 of 07.11.2024; https://www.consultant.ru/law/hotdocs/89948.html"], "UZ", "RU", "2025-07-01", ["entry:2025-07-10:work"],
     {"status": "abroad", "notices": ["biometrics-at-entry", "entry-application", "school-admission"]}, region="other")
case("ru-uz-2024-planned-trip-before-biometrics", "Before a trip in November 2024 there was neither",
     ["Government Decree No. 1510 of 07.11.2024"], "UZ", "RU", "2024-11-01", ["entry:2024-11-20:work"], {"status": "abroad", "notices": []}, region="other")

# ------------------------------------------------------------------ Russia: pending bills, never applied
case("ru-uz-2026-pending-bills-for-a-patent-worker", "A patent worker in March 2026 is told of the bills that would touch him, none applied",
     ["https://ria.ru/20260210/migrant-2073471772.html", "https://ria.ru/20260221/migranty-2076006563.html"], "UZ", "RU", "2026-03-10", ["entry:2026-03-01:work"],
     {"pending": ["medical-within-30-days", "patent-income-and-dependants", "ruid-entry-application-mandatory", "family-entry-ban"],
      "may_be_out_of_date": True}, region="other")
case("ru-uz-2026-pending-bills-for-a-visitor", "A visitor is told only of the bill on entrants",
     ["https://ria.ru/20260210/migrant-2073471772.html"], "UZ", "RU", "2026-03-10", ["entry:2026-03-01:visit"],
     {"pending": ["medical-within-30-days"]}, region="other")
case("ru-uz-2016-plan-within-the-review", "A plan of 2016 lies within the review's sources",
     ["003:816"], "UZ", "RU", "2016-09-20", ["entry:2016-09-05:work"], {"may_be_out_of_date": False, "pending": []}, region="other")

# ------------------------------------------------------------------ Russia: regional patent prices, both sides of every date
# The prices are the sources' as the law files transcribe them (each file names its decree); what the cases pin is the day
# each takes effect, the region it belongs to, and the fall-back to the federal price before a region's first value. The
# payment asked for is the one for the month after the paid one: issued (and one month paid) on the 1st of the month before
# the change, the next month paid for starts on the day of the change; issued a day earlier, it starts the day before.
FEDERAL_FEES = [("2010-07-01", 1000), ("2014-01-01", 1200), ("2015-01-01", 1568), ("2016-01-01", 1817), ("2017-01-01", 1948),
                ("2018-01-01", 2023), ("2019-01-01", 2075), ("2020-01-01", 2172), ("2021-01-01", 2237), ("2022-01-01", 2376),
                ("2023-01-01", 2724), ("2024-01-01", 2880), ("2025-01-01", 3113), ("2026-01-01", 3410)]
REGIONAL_FEES = {
    "MOS": [("2015-01-01", 4000), ("2018-01-01", 4300), ("2019-01-01", 4750), ("2020-01-01", 5100), ("2021-01-01", 5341),
            ("2022-01-01", 5900), ("2023-01-01", 6600), ("2024-01-01", 7500), ("2025-01-01", 8900), ("2026-01-01", 10000)],
    "LEN": [("2022-01-01", 4200), ("2023-01-01", 4400), ("2024-01-01", 4600), ("2025-01-01", 6000), ("2026-01-01", 8000)],
    "TYU": [("2016-01-01", 4138), ("2017-01-01", 5100), ("2023-01-01", 7180), ("2024-01-01", 7592), ("2025-01-01", 9385), ("2026-01-01", 11471)],
    "SVE": [("2019-01-01", 5183), ("2024-01-01", 6650), ("2025-01-01", 7500), ("2026-01-01", 9500)],
    "TA": [("2024-01-01", 6229), ("2025-01-01", 7315), ("2026-01-01", 8697)],
    "AMU": [("2015-01-01", 4270)],
    "NVS": [("2025-01-01", 7906), ("2026-01-01", 10861)],
    "KDA": [("2023-01-01", 6810), ("2025-01-01", 17120), ("2026-01-01", 27283)],
}
def fee_on(region, day):
    own = [v for since, v in REGIONAL_FEES[region] if D(since) <= day]
    return own[-1] if own else [v for since, v in FEDERAL_FEES if D(since) <= day][-1]
for region, fees in REGIONAL_FEES.items():
    for since, _ in fees:
        change = D(since)
        for side, issued in (("before", plus_months(change, -1) - dt.timedelta(days=1)), ("from", plus_months(change, -1))):
            next_month = last_day(issued, 1) + dt.timedelta(days=1)
            entry = plus(issued, -20)
            case("ru-uz-%s-fee-%s-%s" % (region.lower(), side, since), "%s: the monthly patent payment for a month starting %s" % (region, iso(next_month)),
                 ["Federal Law 115-FZ art. 13.3; the region's decree in ru/work/monthly_fee/%s.yaml" % region.lower()], "UZ", "RU", iso(plus(issued, 5)),
                 ["entry:%s:work" % iso(entry), "registration:%s" % iso(plus(entry, 3)), "application:%s:patent" % iso(plus(entry, 10)),
                  "authorisation:%s:patent" % iso(issued), "payment:%s:1" % iso(issued)],
                 {"obligations": {"patent-payment": {"due": iso(last_day(issued, 1)), "costs": ["%d RUB" % fee_on(region, next_month)]}}}, region=region)

# ------------------------------------------------------------------ Russia: regional bans on occupations, both sides of every date
# For each decree's first day: an occupation it adds (or, where a list shrinks, one it drops) is barred from that day and not the
# day before. A region with no list yet on the day before is one whose bans Corridor does not hold: the plan says so instead.
# "regime" marks a day before 2015, when the governors' power over patent holders' jobs (115-FZ art. 18.1(6), with the
# patent for all) did not exist yet: the plan says nothing of bans.
BANS = {  # region: (first day, occupation, on the day before, from that day); None where Corridor holds no list yet
    "AMU": [("2025-01-01", "taxi-driver", None, True)],
    "KDA": [("2025-01-01", "courier", None, True), ("2026-01-01", "retail-trade", False, True)],
    "LEN": [("2024-08-22", "taxi-driver", None, True), ("2025-01-01", "taxi-driver", True, False)],
    "MOS": [("2025-01-01", "street-food", None, True)],
    "MOW": [("2015-01-01", "taxi-driver", "regime", False)],
    "NVS": [("2024-01-01", "taxi-driver", None, True), ("2025-01-01", "kindergarten", False, True), ("2026-01-01", "catering", False, True)],
    "SVE": [("2026-03-18", "courier", None, True)],
    "TA": [("2025-04-29", "security-guard", None, True)],
    "TYU": [("2015-01-01", "bus-driver", "regime", True), ("2022-01-01", "freight-driver", False, True), ("2026-01-01", "recruitment", False, True)],
}
for region, changes in BANS.items():
    for since, occupation, barred_before, barred_from in changes:
        change = D(since)
        for side, day, barred in (("before", plus(change, -1), barred_before), ("from", change, barred_from)):
            if barred == "regime":
                expect = {"occupation_banned": False, "occupation_not_covered": False}
            elif barred is None:
                expect = {"occupation_banned": False, "occupation_not_covered": True}
            else:
                expect = {"occupation_banned": barred}
            case("ru-uz-%s-%s-%s-%s" % (region.lower(), occupation, side, since),
                 "%s on %s: a patent holder working as %s" % (region, iso(day), occupation),
                 ["Federal Law 115-FZ art. 18.1(6); the governor's decree in ru/work/banned_occupations/%s.yaml" % region.lower()], "UZ", "RU", iso(day),
                 ["entry:%s:work" % iso(plus(day, -10))], expect, region=region, occupation=occupation)

# ------------------------------------------------------------------ Kazakhstan: registration within 30 days for everyone from 2026-07-01
# The covered citizens already had 30 days by agreement (TJ 2019, UZ 2023, KG as EAEU citizens): the general change leaves them as they were.
for side, entry in (("before", "2026-06-30"), ("from", "2026-07-01")):
    case("kz-uz-registration-%s-2026-07-01" % side, "An Uzbek citizen entering Kazakhstan on %s registers within 30 days either way" % entry,
         ["Order of the Minister of Internal Affairs of Kazakhstan on the rules of registration of 2026 (kz/registration/deadline.yaml)"], "UZ", "KZ",
         iso(plus(D(entry), 1)), ["entry:%s:visit" % entry], {"obligations": {"registration": {"due": iso(plus(D(entry), 30))}}})

# ------------------------------------------------------------------ Turkey: the dates the stay limits moved to their own files
TR_EARLIER = [(D("2011-12-01"), D("2011-12-20"))]
for side, entry, limit in (("before", "2012-01-31", ("entry", 30)), ("from", "2012-02-01", ("rolling", 30, 180, 30))):
    case("tr-uz-rolling-window-%s-2012-02-01" % side, "An Uzbek visitor back in Turkey on %s after twenty days in December" % entry,
         ["002:10025-10029"], "UZ", "TR", iso(plus(D(entry), 1)), ["entry:2011-12-01:visit", "exit:2011-12-20", "entry:%s:visit" % entry],
         {"obligations": {"stay-limit": {"due": iso(visitor_last_day(TR_EARLIER, D(entry), limit))}}})
for side, entry, limit in (("before", "2018-11-10", ("rolling", 30, 180, 30)), ("from", "2018-11-11", ("rolling", 90, 180, 90))):
    case("tr-uz-ninety-days-%s-2018-11-11" % side, "An Uzbek visitor entering Turkey on %s" % entry,
         ["002:9473-9476"], "UZ", "TR", iso(plus(D(entry), 1)), ["entry:%s:visit" % entry],
         {"obligations": {"stay-limit": {"due": iso(visitor_last_day([], D(entry), limit))}}})
for side, entry, limit in (("before", "2011-12-31", ("entry", 30)), ("from", "2012-01-01", ("entry", 90)), ("rolling", "2012-02-01", ("rolling", 90, 180, 90))):
    case("tr-kg-stay-limit-%s-%s" % (side, entry), "A Kyrgyz visitor back in Turkey on %s after twenty days in December" % entry,
         ["002:9476", "002:10028-10029"], "KG", "TR", iso(plus(D(entry), 1)), ["entry:2011-11-01:visit", "exit:2011-11-20", "entry:%s:visit" % entry],
         {"obligations": {"stay-limit": {"due": iso(visitor_last_day([(D("2011-11-01"), D("2011-11-20"))], D(entry), limit))}}})

write()
write_calendar()
