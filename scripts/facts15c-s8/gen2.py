#!/usr/bin/env python3
"""Session 8 (facts15c) round 2: fresh cases written after the first fixes and scored before any
further change, to measure how far the readers generalise. Writes r2/cases/ and r2/cases.tsv."""
from casekit import A, W, N, case, finish, start

start("r2", "cases")
# ---------------- ages ----------------
case("ag-c01", A, "catch", "txt", "2025-03-18", "Lagos governor names deputy", "LAGOS",
     ["Mr Okonkwo, 52, was sworn in as deputy governor on Monday.",
      "Okonkwo was born on 14 February 1980 in Enugu."], "Okonkwo, 52")
case("ag-c02", A, "catch", "md", "2025-05-06", "Actress wins stage award", "LONDON",
     ["Hollywood actress Jane Cole, 39, won the Olivier award for best actress on Sunday.",
      "Cole, born in 1978 in Ohio, moved to London a decade ago."], "Cole, 39")
case("ag-c03", A, "catch", "html", "2025-08-19", "Teenager breaks swimming record", "SEOUL",
     ["Aged just 17, Park Min-jun broke the Asian record in the 200 metres on Monday.",
      "Park, born in 2003, trains in Incheon."], "Aged just 17")
case("ag-c04", A, "catch", "txt", "2025-02-25", "Minister resigns", "BEIRUT",
     ["Finance minister Rania Haddad (61) resigned on Monday over the budget row.",
      "Haddad was born in 1955 in Tripoli."], "Haddad (61)")
case("ag-c05", A, "catch", "md", "2025-09-09", "Scottish broadcaster dies", "GLASGOW",
     ["Frank Moss, who has died aged 92, presented the evening news for three decades.",
      "Moss was born in Glasgow on 1 June 1940."], "aged 92")
case("ag-c06", A, "catch", "html", "2025-06-24", "Opposition rally in Lahore", "LAHORE",
     ["Thousands rallied in Lahore on Sunday.",
      "Amir Khan, who was born in 1969, told the crowd the election had been stolen."],
     "Khan (44)", box="  <figure><img src=\"khan.jpg\" alt=\"\"><figcaption>Opposition leader Amir Khan (44) addresses supporters.</figcaption></figure>")
case("ag-c07", A, "catch", "txt", "2025-04-01", "Cyclist turns professional", "DUBLIN",
     ["Forty-one-year-old Tessa Grant signed her first professional contract on Monday.",
      "Grant (born 1990) worked as a nurse until last year."], "Forty-one-year-old")
case("ag-c08", A, "catch", "md", "2025-10-21", "Norwegian editor appointed", "OSLO",
     ["Ola Nordmann was appointed editor of Aftenposten on Monday.",
      "Nordmann was born in 1972 and joined the paper in 1998."], "45",
     box="**Ola Nordmann**\n\n| | |\n|---|---|\n| Age | 45 |\n| Previous post | news editor |")
case("ag-c09", A, "catch", "html", "2025-01-14", "Chef celebrates milestone", "LYON",
     ["Chef Gerard Dupont, who turned 60 last week, was honoured by the city on Monday.",
      "Dupont, born in 1961, has run his restaurant since 1990."], "turned 60")
case("ag-c10", A, "catch", "txt", "2025-07-08", "Climber honoured", "EDINBURGH",
     ["Mountaineer Isla Kerr, born in 1985, was knighted on Monday.",
      "In 2010, at the age of 30, Kerr became the first Scottish woman to climb K2."], "at the age of 30")
case("ag-t01", A, "trap", "txt", "2025-03-18", "Governor's wife opens clinic", "LAGOS",
     ["Mr Okonkwo, 45, opened a clinic on Monday with his wife Ada Okonkwo, born in 1960.",
      "Okonkwo said the clinic would treat children free of charge."])
case("ag-t02", A, "trap", "md", "2025-05-06", "Olympic champion retires", "BERLIN",
     ["Swimmer Lena Vogt, born in 1991, retired on Monday.",
      "Aged 17, she won Olympic gold in Beijing in 2008."])
case("ag-t03", A, "trap", "html", "2025-02-25", "Court strikes down law", "BEIRUT",
     ["Judge Amal Haddad, born in 1955, struck down the 50-year-old law on Monday.",
      "The ruling was welcomed by rights groups."])
case("ag-t04", A, "trap", "txt", "2025-06-10", "Veteran returns to politics", "ROME",
     ["Marco Bellini, now in his 60s, announced a comeback on Monday.",
      "Bellini was born in 1962 and served two terms as mayor."])
case("ag-t05", A, "trap", "md", "2025-09-09", "Scottish broadcaster dies", "GLASGOW",
     ["Frank Moss, who has died aged 92, presented the evening news for three decades.",
      "Moss was born in Glasgow in 1932."])
case("ag-t06", A, "trap", "html", "2025-05-06", "Actress and son on stage", "LONDON",
     ["Jane Cole, 47, and her son, 12, appeared together on stage on Sunday.",
      "Cole was born in 1978."])
case("ag-t07", A, "trap", "txt", "2025-04-01", "Father and daughter ride", "DUBLIN",
     ["Paul Grant, 72, rode the stage with his daughter Tessa Grant, born in 1990.",
      "Grant said the day was the best of his life."])
case("ag-t08", A, "trap", "md", "2025-11-12", "Crash pilot remembered", "MADRID",
     ["Pilot Luis Soto, born in 1960, was 45 at the time of the crash.",
      "He survived with minor injuries."])
case("ag-t09", A, "trap", "html", "2025-07-08", "Climber honoured", "EDINBURGH",
     ["Mountaineer Isla Kerr, born in 1985, was knighted on Monday.",
      "In 2010, at the age of 25, Kerr became the first Scottish woman to climb K2."])
case("ag-t10", A, "trap", "txt", "2025-08-19", "Club celebrates anniversary", "SEOUL",
     ["The 80-year-old club honoured its founder's grandson, Park Ji-ho, 34, on Monday.",
      "The club was founded in 1945."])
# ---------------- weekdays ----------------
case("wd-c01", W, "catch", "txt", "2025-04-22", "Ecuador re-elects president", "QUITO",
     ["Voters in Ecuador re-elected the president on Sunday by a wide margin.",
      "In the April 19 election, turnout was 80 percent."], "April 19")
case("wd-c02", W, "catch", "md", "2025-06-10", "Regatta results", "COWES",
     ["The regatta ended on Fri 14 June 2025 with a win for the French crew.",
      "Forty boats took part."], "Fri 14 June 2025")
case("wd-c03", W, "catch", "html", "2025-04-10", "Markets fall", "FRANKFURT",
     ["THURSDAY, 9 APRIL 2025: shares in Frankfurt fell by 3 percent.",
      "Banks led the losses."], "THURSDAY, 9 APRIL 2025")
case("wd-c04", W, "catch", "txt", "2025-10-06", "Storm batters coast", "BREST",
     ["The storm made landfall on the evening of Friday, 2 October, flooding the harbour.",
      "Two fishermen are missing."], "Friday, 2 October")
case("wd-c05", W, "catch", "md", "2025-09-30", "Fair opens", "FRANKFURT",
     ["The book fair opens on Tuesday 6th October with 7,000 exhibitors.",
      "Tickets are on sale."], "Tuesday 6th October")
case("wd-c06", W, "catch", "html", "2025-10-08", "Hostages freed in Sahel", "BAMAKO",
     ["Soldiers freed four hostages on Monday after a raid near the border.",
      "The hostages, freed on October 5, were flown to Bamako."], "October 5")
case("wd-c07", W, "catch", "txt", "2025-05-16", "Parliament passes tax bill", "VILNIUS",
     ["Lawmakers approved the tax bill late on Wednesday after a long debate.",
      "The bill, passed on May 13, raises the top rate to 32 percent."], "May 13")
case("wd-c08", W, "catch", "md", "2025-06-16", "Ministers meet on energy", "LUXEMBOURG",
     ["Energy ministers met on June 13 (Thursday) to discuss gas storage.",
      "No decision was taken."], "June 13 (Thursday)")
case("wd-c09", W, "catch", "html", "2025-05-27", "Cup final won on penalties", "BASEL",
     ["Sunday's final was decided on penalties after a goalless draw.",
      "Fans celebrated the May 24 final in the old town until dawn."], "May 24")
case("wd-c10", W, "catch", "txt", "2025-07-17", "Gas explosion in Lyon", "LYON",
     ["A gas explosion early Tuesday destroyed an apartment building in central Lyon.",
      "The July 14 explosion injured six residents."], "July 14")
case("wd-t01", W, "trap", "txt", "2025-04-22", "Ecuador re-elects president", "QUITO",
     ["Voters in Ecuador re-elected the president on Sunday by a wide margin.",
      "In the April 20 election, turnout was 80 percent."])
case("wd-t02", W, "trap", "md", "2025-06-10", "Regatta results", "COWES",
     ["The regatta ends on Fri 13 June 2025.",
      "Forty boats will take part."])
case("wd-t03", W, "trap", "html", "2025-06-05", "Council meets again", "BERN",
     ["Tuesday's meeting was the second this month, after a meeting on June 2.",
      "No decision was taken."])
case("wd-t04", W, "trap", "txt", "2025-10-08", "Blaze contained", "ATHENS",
     ["Firefighters contained the blaze on Monday.",
      "The blaze began on October 4 in a pine forest."])
case("wd-t05", W, "trap", "md", "2025-06-09", "Election called", "LISBON",
     ["The vote was held on Sunday, June 8, under heavy rain.",
      "Turnout fell to 51 percent."])
case("wd-t06", W, "trap", "html", "2025-05-16", "Parliament passes tax bill", "VILNIUS",
     ["Lawmakers approved the tax bill late on Wednesday after a long debate.",
      "The bill, first tabled on May 12, raises the top rate to 32 percent."])
case("wd-t07", W, "trap", "txt", "2025-07-17", "Gas explosion in Lyon", "LYON",
     ["A gas explosion early Tuesday destroyed an apartment building.",
      "It was the second blast in the city after the July 11 explosion in a bakery."])
case("wd-t08", W, "trap", "md", "2025-05-27", "Cup final won on penalties", "BASEL",
     ["Sunday's final was decided on penalties.",
      "The semi-final on May 21 had also gone to extra time."])
case("wd-t09", W, "trap", "html", "2025-06-13", "Protest planned", "PARIS",
     ["\"We march on Monday, June 16,\" organiser Claire Roux said on Thursday.",
      "Police expect 10,000 people."])
case("wd-t10", W, "trap", "txt", "2025-10-08", "Hostages freed in Sahel", "BAMAKO",
     ["Soldiers freed four hostages on Monday after a raid.",
      "The hostages had been seized on October 1 near the border."])
# ---------------- numbers ----------------
case("nm-c01", N, "catch", "txt", "2025-03-10", "Gunmen attack village", "KANO",
     ["Gunmen killed 12 people and wounded 30 in a village near Kano on Friday.",
      "The 33 wounded were taken to hospitals in Kano."], "33 wounded")
case("nm-c02", N, "catch", "md", "2025-02-10", "Earthquake in eastern Turkey", "ANKARA",
     ["An earthquake killed at least 45 people in eastern Turkey on Sunday.",
      "Rescuers searched collapsed buildings through the night."], "54",
     box="**The quake**\n\n| | |\n|---|---|\n| Dead | 54 |\n| Magnitude | 6.2 |")
case("nm-c03", N, "catch", "html", "2025-08-04", "Wildfire near Marseille", "MARSEILLE",
     ["Some 1,500 firefighters battled a wildfire north of Marseille on Sunday.",
      "The 1,200 firefighters worked in shifts through the night."], "1,200 firefighters")
case("nm-c04", N, "catch", "txt", "2025-11-20", "Miners rescued in Chile", "SANTIAGO",
     ["Thirty-one miners were rescued from a flooded copper mine on Wednesday.",
      "All 13 rescued miners were in good health, officials said."], "13 rescued miners")
case("nm-c05", N, "catch", "md", "2025-07-25", "Fire destroys village homes", "ATHENS",
     ["Fire destroyed 120 homes in the village of Mati on Thursday.",
      "Residents of the 210 destroyed homes were given shelter in a school."], "210 destroyed homes")
case("nm-c06", N, "catch", "html", "2025-09-16", "Coastguard rescues migrants", "VALLETTA",
     ["The coastguard rescued 440 migrants from three boats on Tuesday."],
     "400 migrants", box="  <figure><img src=\"boat.jpg\" alt=\"\"><figcaption>The 400 migrants rescued on Tuesday wait at the port.</figcaption></figure>")
case("nm-c07", N, "catch", "txt", "2025-01-27", "Protesters occupy buildings", "BELGRADE",
     ["Protesters occupied 14 buildings in central Belgrade on Sunday.",
      "Police surrounded the 41 occupied buildings overnight."], "41 occupied buildings")
case("nm-c08", N, "catch", "md", "2025-05-20", "Record day on Everest", "KATHMANDU",
     ["Nineteen climbers reached the summit of Everest on Monday.",
      "The 17 climbers who reached the summit were guided by Sherpas."], "17 climbers")
case("nm-c09", N, "catch", "html", "2025-04-14", "Police raid gang", "NAPLES",
     ["Police arrested 76 people in raids across Naples on Sunday."],
     "Arrested: 67", box="  <aside class=\"factbox\"><ul><li>Arrested: 67</li><li>Raids: 40</li></ul></aside>")
case("nm-c10", N, "catch", "txt", "2025-06-02", "Jury retires", "DUBLIN",
     ["A 15-member jury began its deliberations on Monday.",
      "The 12 members of the jury were sent to a hotel for the night."], "12 members")
case("nm-c11", N, "catch", "md", "2025-03-03", "March through Bern", "BERN",
     ["About 2,000 people marched through Bern on Saturday against the pension reform.",
      "The 20,000 people who marched carried union banners."], "20,000 people")
case("nm-c12", N, "catch", "html", "2025-11-11", "Teachers strike", "MADRID",
     ["Twenty-four schools were closed in Madrid on Monday.",
      "Parents of pupils at the 42 schools closed by the strike looked for childcare."], "42 schools")
case("nm-c13", N, "catch", "txt", "2025-10-13", "Plant to close", "TURIN",
     ["The plant, which employs 800 workers, will close next year.",
      "The 8,000 workers face an uncertain future, unions said."], "8,000 workers")
case("nm-c14", N, "catch", "md", "2025-08-11", "Bus plunges into river", "LA PAZ",
     ["The bus carried 52 passengers when it left the road on Sunday.",
      "All 25 passengers were pulled from the river by villagers."], "All 25 passengers")
case("nm-c15", N, "catch", "html", "2025-12-01", "Arrests after match", "ROME",
     ["Eleven people were arrested after the match on Sunday.",
      "The 12 people arrested will appear in court on Tuesday."], "12 people")
case("nm-t01", N, "trap", "txt", "2025-03-10", "Toll rises", "KANO",
     ["Gunmen killed 12 people in a village near Kano on Friday.",
      "By Sunday the toll had risen to 21 people killed."])
case("nm-t02", N, "trap", "md", "2025-03-10", "Wounded in hospital", "KANO",
     ["Gunmen wounded 30 people on Friday.",
      "Of the 30 wounded, 13 remain in hospital."])
case("nm-t03", N, "trap", "html", "2025-09-17", "More migrants rescued", "VALLETTA",
     ["The coastguard rescued 400 migrants on Tuesday.",
      "Another 440 migrants were rescued on Wednesday."])
case("nm-t04", N, "trap", "txt", "2025-03-03", "March through Bern", "BERN",
     ["Police said 2,000 people marched through Bern on Saturday.",
      "Organisers said 20,000 people marched."])
case("nm-t05", N, "trap", "md", "2025-06-02", "Jury convicts", "DUBLIN",
     ["The 15-member jury delivered its verdict on Monday.",
      "Twelve members voted to convict."])
case("nm-t06", N, "trap", "html", "2025-05-21", "Two days on Everest", "KATHMANDU",
     ["Nineteen climbers reached the summit of Everest on Monday.",
      "On Tuesday, 17 climbers reached the summit."])
case("nm-t07", N, "trap", "txt", "2025-10-13", "Plant to close", "TURIN",
     ["The Turin plant employs 800 workers.",
      "The company employs 8,000 workers worldwide."])
case("nm-t08", N, "trap", "md", "2025-12-01", "Arrests after match", "ROME",
     ["Eleven people were arrested on Saturday.",
      "On Sunday, 12 people were arrested after the second match."])
case("nm-t09", N, "trap", "html", "2025-07-25", "Fire destroys homes", "ATHENS",
     ["Fire destroyed 120 homes in Mati on Thursday.",
      "In 2018, a fire destroyed 210 homes in the same area."])
case("nm-t10", N, "trap", "txt", "2025-04-14", "Police raid gang", "NAPLES",
     ["Police arrested 76 people, 67 of them men, in raids across Naples on Sunday."],
     box="RAIDS\nArrested: 76\nRaids: 40")
case("nm-t11", N, "trap", "md", "2025-08-11", "Bus plunges into river", "LA PAZ",
     ["The bus carried 52 passengers.",
      "Twenty-five passengers were injured."])
case("nm-t12", N, "trap", "html", "2025-01-27", "Protesters occupy buildings", "BELGRADE",
     ["Protesters occupied 14 buildings on Sunday.",
      "\"We counted 40 occupied buildings,\" a resident said."])
case("nm-t13", N, "trap", "txt", "2025-11-11", "Teachers strike", "MADRID",
     ["The ministry had planned to close 24 schools, but 42 schools closed on Monday."])
case("nm-t14", N, "trap", "md", "2025-08-04", "Wildfire near Marseille", "MARSEILLE",
     ["Between 1,200 and 1,500 firefighters battled the wildfire on Sunday.",
      "The 1,400 firefighters worked in shifts."])
case("nm-t15", N, "trap", "html", "2025-08-04", "Wildfire near Marseille", "MARSEILLE",
     ["The region can deploy 1,500 firefighters a day.",
      "On Sunday, 1,200 firefighters battled the blaze."])

finish()
