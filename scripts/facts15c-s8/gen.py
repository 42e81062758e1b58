#!/usr/bin/env python3
"""Session 8 (facts15c) cases, written before any code change. Writes cases/ and cases.tsv."""
from casekit import A, W, N, case, finish, start

start("cases")
# ---------------- ages: catches ----------------
case("ag-c01", A, "catch", "txt", "2025-05-20", "Goalkeeper extends contract", "BUDAPEST",
     ["Ferencvaros goalkeeper Tomas Varga signed a two-year extension on Tuesday.",
      "Varga was born on 3 May 1985 in Gyor and joined the club from Debrecen.",
      "The 34-year-old has kept 12 clean sheets this season."], "34-year-old")
case("ag-c02", A, "catch", "md", "2025-06-10", "Turin chef opens third restaurant", "TURIN",
     ["Chef Laura Bianchi, who turns 50 next month, opened her third restaurant on Monday.",
      "Bianchi was born in 1968 and trained in Lyon before returning to Italy.",
      "The new restaurant seats 40 diners."], "turns 50")
case("ag-c03", A, "catch", "html", "2025-03-11", "Yorkshire novelist Hugo Marsh dies", "LEEDS",
     ["Novelist Hugo Marsh died on Sunday at the age of 83, his publisher said.",
      "Born in Leeds in 1948, Marsh wrote 19 novels about the mill towns of the north.",
      "He is survived by his wife and two daughters."], "at the age of 83")
case("ag-c04", A, "catch", "txt", "2025-09-02", "Bundesbank names new board member", "FRANKFURT",
     ["The Bundesbank on Monday named economist Petra Kessler, 55, to its executive board.",
      "Kessler, a former IMF official, will oversee financial stability."],
     "Kessler, 55", box="PETRA KESSLER\nBorn: 1962, Kassel\nEducation: University of Bonn")
case("ag-c05", A, "catch", "md", "2025-06-18", "Swedish minister resigns", "STOCKHOLM",
     ["Sweden's trade minister Erik Andersson resigned on Tuesday after a row over export licences.",
      "Andersson, 58, had been in the post since 2022."],
     "Andersson, 58", box="**Erik Andersson**\n\n| | |\n|---|---|\n| Born | 3 May 1962, Uppsala |\n| Party | Moderates |")
case("ag-c06", A, "catch", "html", "2025-04-08", "Judge blocks mining permit", "LAGOS",
     ["A federal judge on Monday blocked a mining permit in the Niger Delta.",
      "Judge Ruth Okafor, who was born in 1969, said the environmental review was incomplete."],
     "Okafor, 47", box="  <figure><img src=\"okafor.jpg\" alt=\"\"><figcaption>Judge Ruth Okafor, 47, leaves the court in Lagos.</figcaption></figure>")
case("ag-c07", A, "catch", "txt", "2025-07-15", "Veteran senator to retire", "SANTIAGO",
     ["Senator Jorge Pizarro, who is 72, said on Monday he would not seek another term.",
      "Pizarro was born on March 3, 1960, in Valparaiso and entered politics in the 1980s."], "who is 72")
case("ag-c08", A, "catch", "md", "2025-11-05", "Youngest mayor sworn in", "MONTERREY",
     ["At 29, Sofia Diaz is the youngest mayor in the city's history.",
      "Diaz, who was born in 2001, studied law in Mexico City.",
      "She takes office on Wednesday."], "At 29")
case("ag-c09", A, "catch", "html", "2025-10-14", "Skater returns to competition", "SEOUL",
     ["Figure skater Kim Sook, born in 1990, returned to competition on Saturday.",
      "Kim was 19 when she won her first national title in 2015."], "was 19")
case("ag-c10", A, "catch", "txt", "2025-08-26", "Dutch farmer wins land case", "UTRECHT",
     ["Sixty-two-year-old farmer Jan Dekker won his case against the province on Monday.",
      "Dekker, born in 1970, has farmed the same land for 40 years."], "Sixty-two-year-old")
case("ag-c11", A, "catch", "md", "2025-02-19", "Former president charged", "LIMA",
     ["Prosecutors charged the 71-year-old former president Luis Ortega with bribery on Tuesday.",
      "Ortega, born in 1948, governed from 2006 to 2011."], "71-year-old")
case("ag-c12", A, "catch", "html", "2025-12-03", "Astronaut named to lunar crew", "HOUSTON",
     ["NASA named astronaut Dana Ruiz to its next lunar crew on Tuesday.",
      "Ruiz (b. 1979) flew twice to the International Space Station.",
      "Now 52, she would be the oldest woman to walk on the moon."], "Now 52")
# ---------------- ages: traps ----------------
case("ag-t01", A, "trap", "txt", "2025-05-06", "Pianist plays final concert", "VIENNA",
     ["Pianist Walter Brenner, born in 1950, played his final concert on Sunday.",
      "The septuagenarian said his hands were no longer reliable.",
      "His pupil Anna Weiss, 31, will take over his class."])
case("ag-t02", A, "trap", "md", "2025-03-25", "Father and daughter share podium", "INNSBRUCK",
     ["Maria Keller, 44, won the veterans' race on Sunday, with her father Josef Keller, born in 1950, third.",
      "Keller said she had trained with him since childhood."])
case("ag-t03", A, "trap", "html", "2025-09-30", "Tennis champion opens academy", "MADRID",
     ["Former champion Lena Fox, born in 1990, opened a tennis academy on Monday.",
      "Fox was 19 when she won her first title in 2009.",
      "The academy has 60 pupils."])
case("ag-t04", A, "trap", "txt", "2025-06-24", "Chemist wins prize", "ZURICH",
     ["Chemist Ines Moreau, aged 61, and her colleague Tim Berg, 45, won the Balzan Prize on Monday.",
      "Moreau, born in 1964, leads the catalysis group at ETH Zurich."])
case("ag-t05", A, "trap", "md", "2025-06-10", "Surfer plans Atlantic crossing", "LISBON",
     ["Surfer Rui Costa, who turns 50 next month, plans to paddle across the Atlantic.",
      "Costa was born in July 1975 in Porto."])
case("ag-t06", A, "trap", "html", "2025-03-11", "Poet remembered", "DUBLIN",
     ["The poet Eileen Walsh, who died in 2019 at the age of 83, was honoured on Monday.",
      "Walsh, born in 1936, published eight collections."])
case("ag-t07", A, "trap", "txt", "2025-04-15", "Minister visits flood zone", "DHAKA",
     ["Minister Rahima Begum toured the flood zone on Monday.",
      "Her mother, born in 1950, lives in one of the flooded villages."],
     box="RAHIMA BEGUM\nAge: 48\nParty: Awami League")
case("ag-t08", A, "trap", "md", "2025-07-01", "Coach hands over to pupil", "MADRID",
     ["Ana Ruiz, born in 1970, coached Eva Lind to Olympic gold in 2016.",
      "The 34-year-old Lind now coaches in Madrid."])
case("ag-t09", A, "trap", "html", "2025-10-07", "Mayor calls for stadium repairs", "OSLO",
     ["Mayor Karin Hansen, born in 1962, said on Monday the 40-year-old stadium needs repairs.",
      "Hansen, 63, has led the city since 2019."])
case("ag-t10", A, "trap", "txt", "2025-02-11", "Entrepreneur sells company", "LYON",
     ["Claire Moreau, 45, sold her software company on Monday.",
      "Born in 1980, Moreau was aged 30 when she founded the firm in 2010."])
case("ag-t11", A, "trap", "md", "2025-08-12", "Family business turns 60", "LAGOS",
     ["Okafor Foods, founded in 1965, celebrated its 60th year on Monday.",
      "Chief executive Emeka Okafor, 47, is the founder's grandson."])
case("ag-t12", A, "trap", "html", "2025-11-18", "Brothers graduate together", "NAIROBI",
     ["Brothers Peter Otieno, 24, and James Otieno, born in 1998, graduated on Saturday.",
      "Otieno said the family had saved for years."])
# ---------------- weekdays: catches ----------------
case("wd-c01", W, "catch", "html", "2025-06-07", "Rail strike enters third day", "LONDON",
     ["LONDON, June 7 — Rail workers walked out on Thursday over pay, halting most trains in the south.",
      "The walkout, which began on June 4, is the longest in a decade."], "June 4")
case("wd-c02", W, "catch", "md", "2025-06-13", "Man charged over museum theft", "PARIS",
     ["Police arrested a 41-year-old man last Tuesday over the theft of jewels from a Paris museum.",
      "Prosecutors said on Friday he had been charged.",
      "The June 11 arrest followed a tip from a jeweller."], "June 11")
case("wd-c03", W, "catch", "txt", "2025-03-16", "Warehouse fire in Rotterdam", "ROTTERDAM",
     ["A fire broke out on Friday night at a warehouse in the port, forcing the closure of two terminals.",
      "The fire, which broke out on March 13, destroyed stocks of rubber."], "March 13")
case("wd-c04", W, "catch", "md", "2025-02-13", "Parliament backs budget", "PRAGUE",
     ["Wednesday's vote gave the government a majority of 12.",
      "In the vote on February 11, the opposition walked out."], "February 11")
case("wd-c05", W, "catch", "html", "2025-04-16", "Carmaker to close plant", "TURIN",
     ["The carmaker announced this Monday that it would close its plant near Turin.",
      "Its April 15 announcement shocked the town."], "April 15")
case("wd-c06", W, "catch", "txt", "2025-02-06", "Bridge reopens", "GENOA",
     ["The bridge reopened on February 5 (Tuesday) after repairs lasting a year.",
      "Traffic was light."], "February 5 (Tuesday)")
case("wd-c07", W, "catch", "md", "2025-03-06", "Geneva summit ends without deal", "GENEVA",
     ["The summit opened on Monday in Geneva with calls for a ceasefire.",
      "Delegates left on Thursday without an agreement.",
      "The Geneva summit, which opened on March 4, had raised hopes of a truce."], "March 4")
case("wd-c08", W, "catch", "html", "2025-08-05", "Festival dates announced", "EDINBURGH",
     ["The parade will be held on Sat., Aug. 10, 2025, organisers said.",
      "Tickets go on sale next week."], "Sat., Aug. 10, 2025")
case("wd-c09", W, "catch", "txt", "2025-06-16", "Storm floods Marseille", "MARSEILLE",
     ["On the night of Thursday, 13 June, a storm flooded the old port.",
      "Hundreds of boats were damaged."], "Thursday, 13 June")
case("wd-c10", W, "catch", "md", "2025-09-16", "Quake shakes southern Peru", "LIMA",
     ["An earthquake of magnitude 6.1 struck southern Peru early on Sunday, damaging churches in Arequipa.",
      "The September 13 earthquake was felt in Chile."], "September 13")
case("wd-c11", W, "catch", "html", "2025-10-20", "Halloween parade returns", "DUBLIN",
     ["The city's Halloween parade returns on Thursday, 31 October, after a two-year break.",
      "Organisers expect 50,000 people."], "Thursday, 31 October")
case("wd-c12", W, "catch", "txt", "2025-11-14", "Court overturns ban", "WARSAW",
     ["The constitutional court on Tuesday overturned a ban on night flights at Warsaw airport.",
      "Airlines welcomed the November 12 ruling."], "November 12")
# ---------------- weekdays: traps ----------------
case("wd-t01", W, "trap", "md", "2025-06-13", "Man charged over museum theft", "PARIS",
     ["Police arrested a man last Tuesday over the theft of jewels from a Paris museum.",
      "The June 10 arrest followed a tip from a jeweller."])
case("wd-t02", W, "trap", "txt", "2025-03-16", "Second warehouse fire", "ROTTERDAM",
     ["A fire broke out on Friday night at a warehouse in the port.",
      "An earlier fire on March 12 had damaged a neighbouring building."])
case("wd-t03", W, "trap", "html", "2025-02-13", "Parliament backs first reading", "PRAGUE",
     ["Wednesday's vote gave the government a majority of 12.",
      "A second vote is scheduled for February 20."])
case("wd-t04", W, "trap", "html", "2025-06-07", "Rail strike enters third day", "LONDON",
     ["LONDON, June 7 — Rail workers walked out on Thursday over pay.",
      "The walkout, which began on June 5, is the longest in a decade."])
case("wd-t05", W, "trap", "txt", "2025-02-06", "Bridge reopens", "GENOA",
     ["The bridge reopened on February 4 (Tuesday) after repairs lasting a year.",
      "Traffic was light."])
case("wd-t06", W, "trap", "md", "2025-06-04", "Ministry confirms attack date", "KYIV",
     ["The ministry said on Wednesday that the attack on the depot happened on June 2.",
      "Three soldiers were wounded."])
case("wd-t07", W, "trap", "html", "2025-09-10", "Book club marks 20 years", "BOSTON",
     ["\"We met every Thursday for twenty years,\" said founder Ruth Cole, who started the club on September 3, 2005.",
      "The club now has 40 members."])
case("wd-t08", W, "trap", "txt", "2025-05-06", "Polls close in Wales", "CARDIFF",
     ["Voters went to the polls on Sunday in a by-election.",
      "The previous election, held on May 2, 2024, gave Labour the seat."])
case("wd-t09", W, "trap", "md", "2025-03-20", "Fair opens next week", "MILAN",
     ["The furniture fair opens next Wednesday.",
      "A preview for buyers is planned on March 24."])
case("wd-t10", W, "trap", "html", "2025-03-05", "Ten years since primary upset", "ATLANTA",
     ["On Tuesday, March 4, 2014, the challenger won the primary by 300 votes.",
      "She lost the seat two years later."])
case("wd-t11", W, "trap", "txt", "2025-10-08", "Festival runs all week", "SEVILLE",
     ["The festival runs from Monday to Friday, October 6-10.",
      "Concerts start at 9 p.m. each night."])
case("wd-t12", W, "trap", "md", "2025-09-16", "Aftershock hits Peru", "LIMA",
     ["An aftershock struck southern Peru early on Sunday.",
      "It followed the September 11 earthquake that killed three people."])
# ---------------- numbers: catches ----------------
case("nm-c01", N, "catch", "txt", "2025-05-12", "Bus crash in the Andes", "QUITO",
     ["Seventy-two were injured when a bus left the road near Riobamba on Sunday, police said.",
      "The 27 injured were taken to hospitals in Riobamba and Ambato."], "27 injured")
case("nm-c02", N, "catch", "md", "2025-08-11", "Norway tops medal table", "OSLO",
     ["Norway won 16 gold medals at the European Championships, which ended on Sunday.",
      "The 21 gold medals are a record for the country."], "21 gold medals")
case("nm-c03", N, "catch", "html", "2025-04-15", "Steelmaker lays off workers", "GALATI",
     ["About 300 workers were laid off at the Galati steel plant on Monday.",
      "The company blamed cheap imports and high energy prices.",
      "The 3,000 workers laid off will receive six months' pay."], "3,000 workers")
case("nm-c04", N, "catch", "txt", "2025-07-07", "Train derails in Bavaria", "MUNICH",
     ["A regional train derailed near Garmisch on Sunday, injuring 14 people.",
      "Rescuers worked through the night."], "14 people", box="DERAILMENT\nInjured: 41\nLine: Munich-Garmisch")
case("nm-c05", N, "catch", "md", "2025-10-02", "Wildfire forces evacuations", "ATHENS",
     ["A wildfire north of Athens forced 21,000 residents to leave their homes on Wednesday.",
      "Firefighters were helped by water-dropping planes."], "21,000 residents",
     box="**The fire**\n\n| | |\n|---|---|\n| Evacuated | 12,000 residents |\n| Area | 3,000 hectares |")
case("nm-c06", N, "catch", "html", "2025-01-20", "Miners trapped in Shaanxi", "BEIJING",
     ["Eleven miners remain trapped after a shaft collapsed in Shaanxi province on Saturday.",
      "Rescuers drilled a second shaft on Monday."], "Eleven miners",
     box="  <figure><img src=\"mine.jpg\" alt=\"\"><figcaption>Rescuers search for the 9 trapped miners.</figcaption></figure>")
case("nm-c07", N, "catch", "txt", "2025-03-03", "Bombing in market", "MOGADISHU",
     ["A car bomb killed 45 people in a crowded market on Sunday, officials said.",
      "Officials said the 54 people killed in the bombing included 12 children."], "54 people")
case("nm-c08", N, "catch", "md", "2025-02-14", "Snow closes schools", "SARAJEVO",
     ["Heavy snow closed twenty-three schools in the capital on Thursday.",
      "The 32 closed schools will reopen on Monday."], "32 closed schools")
case("nm-c09", N, "catch", "html", "2025-12-22", "Air traffic strike grounds flights", "ROME",
     ["A strike by air traffic controllers forced the cancellation of 1,200 flights on Monday.",
      "Passengers on the 2,100 cancelled flights were offered refunds."], "2,100 cancelled flights")
case("nm-c10", N, "catch", "txt", "2025-07-14", "Riots in Marseille suburb", "MARSEILLE",
     ["Rioters burned 18 cars and a bus in a Marseille suburb overnight.",
      "The 81 burned cars were towed away on Monday."], "81 burned cars")
case("nm-c11", N, "catch", "md", "2025-05-26", "Police detain protesters", "TBILISI",
     ["Police arrested 36 people during protests outside parliament on Sunday.",
      "Of the 63 people arrested, 10 were charged with hooliganism."], "63 people")
case("nm-c12", N, "catch", "html", "2025-09-09", "Panel to review ruling", "NAIROBI",
     ["A 12-member panel of judges will review the ruling.",
      "The panel's 11 members were appointed by the chief justice."], "11 members")
case("nm-c13", N, "catch", "txt", "2025-06-30", "Protesters wounded in Sofia", "SOFIA",
     ["Sixty were wounded when police fired tear gas at protesters in the capital on Sunday.",
      "The 66 wounded included four journalists."], "66 wounded")
case("nm-c14", N, "catch", "md", "2025-08-18", "Floods displace 50,000 in Assam", "GUWAHATI",
     ["Monsoon floods in Assam displaced 5,000 people over the weekend, officials said.",
      "Relief camps were opened in four districts."], "5,000 people")
case("nm-c15", N, "catch", "html", "2025-11-03", "Ferry crew rescued", "ATHENS",
     ["All 108 crew members of the cargo ship were rescued after it caught fire off Crete.",
      "The ship's 180 crew members were taken to Heraklion."], "180 crew members")
case("nm-c16", N, "catch", "txt", "2025-04-28", "Hospital strike", "MADRID",
     ["Nurses at 14 hospitals in Madrid went on strike on Monday.",
      "The strike at the 41 hospitals is expected to last three days."], "41 hospitals")
# ---------------- numbers: traps ----------------
case("nm-t01", N, "trap", "txt", "2025-03-06", "Death toll rises", "MOGADISHU",
     ["The death toll rose to 45 on Tuesday, officials said.",
      "By Thursday, 54 people had died."])
case("nm-t02", N, "trap", "md", "2025-03-06", "Cases rise", "LUANDA",
     ["Cholera cases rose from 120 to 210 in a week, the health ministry said.",
      "The 210 cases include 30 children."])
case("nm-t03", N, "trap", "html", "2025-05-26", "Protesters detained", "TBILISI",
     ["Police arrested 36 people, including six women, outside parliament on Sunday.",
      "The 30 men arrested were held overnight."])
case("nm-t04", N, "trap", "txt", "2025-12-17", "Fog disrupts flights", "FRANKFURT",
     ["Fog forced the cancellation of 12 flights at Frankfurt on Monday.",
      "On Tuesday, 21 flights were cancelled."])
case("nm-t05", N, "trap", "md", "2025-04-15", "Steelmaker cuts jobs", "GALATI",
     ["About 300 workers at the Galati plant were laid off on Monday.",
      "The company laid off 3,000 workers at its German plants last year."])
case("nm-t06", N, "trap", "html", "2025-06-02", "Clashes in capital", "NAIROBI",
     ["Fifty-one people were injured in clashes on Sunday, including 15 police officers.",
      "The injured police officers were treated in a military hospital."])
case("nm-t07", N, "trap", "txt", "2025-03-03", "Bombing in market", "MOGADISHU",
     ["Authorities said 120 people were killed in the bombing.",
      "\"More than 200 people were killed,\" said a local elder, Abdi Farah."])
case("nm-t08", N, "trap", "md", "2025-12-22", "Fog grounds flights", "LONDON",
     ["Fog grounded seventy-two flights at Heathrow on Monday.",
      "Passengers on the 72 grounded flights were rebooked."])
case("nm-t09", N, "trap", "html", "2025-08-11", "Germany tops medal table", "BERLIN",
     ["Norway won 16 gold medals at the championships.",
      "Germany's 21 gold medals topped the table."])
case("nm-t10", N, "trap", "txt", "2025-04-15", "Steelmaker lays off workers", "GALATI",
     ["About 300 workers were laid off at the Galati plant this week.",
      "The 3,000 workers laid off in 2020 were never rehired."])
case("nm-t11", N, "trap", "md", "2025-07-07", "Train derails in Bavaria", "MUNICH",
     ["A regional train derailed near Garmisch on Sunday, injuring 41 people, 14 of them seriously.",
      "Rescuers worked through the night."], box="**Derailment**\n\n| | |\n|---|---|\n| Injured | 41 |\n| Line | Munich-Garmisch |")
case("nm-t12", N, "trap", "html", "2025-05-12", "Bus crash in the Andes", "QUITO",
     ["Seventy-two were injured when a bus left the road on Sunday.",
      "Twenty-seven were kept in hospital overnight."])
case("nm-t13", N, "trap", "txt", "2025-02-10", "Second quake in a month", "ANKARA",
     ["An earthquake killed 54 people in eastern Turkey on Sunday.",
      "An earlier quake in January killed 45 people in the same province."])
case("nm-t14", N, "trap", "md", "2025-10-02", "Wildfire forces evacuations", "ATHENS",
     ["Officials had planned to evacuate 12,000 residents.",
      "By nightfall 21,000 residents had been evacuated."])
case("nm-t15", N, "trap", "html", "2025-12-22", "Strike hits airport", "ROME",
     ["Fiumicino handles about 2,100 flights a day.",
      "On Monday 1,200 flights were cancelled."])
case("nm-t16", N, "trap", "txt", "2025-04-15", "Union disputes job cuts", "GALATI",
     ["The union says 3,000 workers were laid off.",
      "The company puts the figure at 300 workers laid off, all on temporary contracts."])

finish()
