//! Unit tests of the series reader's confidence marks (`confidence.rs`, `edges.rs`).
use crate::doc::Format;
use crate::parse::parse;
use crate::source::SourceFile;

/// Each series of three or more items in `text`, its items joined by `|`, with whether
/// the extractor is sure of it.
fn marks(text: &str) -> Vec<(String, bool)> {
    let src = SourceFile::new("t.txt", text);
    let doc = parse(&src, Format::Plain);
    doc.series
        .iter()
        .filter(|s| s.items.len() >= 3)
        .map(|s| {
            let items: Vec<&str> = s.items.iter().map(|i| doc.slice(i.span)).collect();
            (items.join("|"), s.sure)
        })
        .collect()
}

fn unsure(text: &str) {
    let m = marks(text);
    assert!(!m.is_empty(), "no series of three in {text:?}");
    assert!(m.iter().all(|(_, sure)| !sure), "{text:?} gave {m:?}");
}

fn sure(text: &str) {
    let m = marks(text);
    assert!(m.len() == 1 && m[0].1, "{text:?} gave {m:?}");
}

#[test]
fn plain_lists_are_sure() {
    sure("The council named roads, parks, and libraries as its priorities.\n");
    sure("Ministers from France, Germany and Poland pushed for the measures.\n");
    sure("Lithuania, Latvia, and Estonia, which border Belarus, said so.\n");
    sure("The package covers banks, potash exporters and state media, diplomats said.\n");
    sure("They spent Monday on sanctions, energy, and migration, leaving little time.\n");
    sure(
        "Leaders backed the bid, a step that President Ursula von der Leyen, President Charles Michel, and President Andrzej Duda have urged.\n",
    );
}

#[test]
fn an_opening_phrase_is_not_a_first_item() {
    unsure("In the city centre, mobility and access remain the main worries.\n");
    unsure("At the autumn trade fair, smart fabrics and textiles drew crowds.\n");
    unsure("On the new office network, video and voice travel over one line.\n");
}

#[test]
fn an_item_with_its_own_and() {
    unsure("Parents want sick days, paid family and medical leave, affordable childcare.\n");
    unsure(
        "Its tasks include guarding oil platforms, fighting crime and piracy in the gulf, and patrolling rivers.\n",
    );
    unsure(
        "The shop stocks cameras, laptops, thinner flat screen and high-definition TVs, and games consoles.\n",
    );
    unsure(
        "Item helps in emergencies, prevention of smuggling, search and rescue, immigration control, fishery protection.\n",
    );
    unsure("All of us, parents and schools and government, must work together.\n");
}

#[test]
fn clauses_joined_by_commas() {
    unsure(
        "Three networks are teaming up, O2 is trialling a system in Oxford, UK, and Nokia begins its own tests in May.\n",
    );
}

#[test]
fn pairs_and_asides() {
    unsure(
        "We will mark two centuries of liberty and triumph, progress and freedom in this nation.\n",
    );
    unsure("We must stand by these democracies, including and especially tonight Colombia.\n");
    unsure("Over the past year, we've captured or killed thousands of extremists.\n");
    unsure("And, ultimately, general and complete disarmament.\n");
}

#[test]
fn items_that_are_not_parallel() {
    // A determiner over a pair, an adverbial aside, a preposition or wh-word opening a
    // later item, a verb phrase in "-ing" after a noun.
    unsure("Each year, the cost and time to build software go down.\n");
    unsure("Ask your sponsor or, perhaps most importantly, a customer or an executive.\n");
    unsure("The idea comes from universal design, where buildings and objects serve all.\n");
    unsure("The team kept costs low with code reviews, setting up and maintaining servers.\n");
    unsure("The unit needs an empowered, dedicated product owner and supportive team.\n");
    unsure("They moved away from costly, on-premises servers and maintenance costs.\n");
    sure("The kit holds a screen, tactile controls and headsets for every voter.\n");
    sure("The board asked for bold, innovative and actionable ideas.\n");
    unsure("Good reports use clear, direct language and a simple chart.\n");
    sure("The team held management training, user research and an assisted acquisition.\n");
    sure("Agencies can call, write or visit the office.\n");
}

#[test]
fn names_holding_and_and_appositives() {
    unsure("We met the Department of Labor, the Food and Drug Administration.\n");
    unsure("She runs the Administration on Children, Youth and Families in Ohio.\n");
    unsure("The panel has Ana Ruiz, GSA, and Tom Berg, HHS.\n");
    unsure("Everyone on the team, past and present, has worked hard.\n");
    unsure(
        "Owners remove blocks for the team, create and groom backlogs, champion testing and ensure quality.\n",
    );
    unsure(
        "Owners remove blocks, create and groom backlogs, champion testing and ensure we ship.\n",
    );
    unsure("The audit found two errors, one serious and one minor.\n");
    unsure("The rule covers all agency websites, internal and external.\n");
    unsure("Many other organizations, legal and non-legal, offer the service.\n");
    sure("We met their families, their teachers and their friends.\n");
    sure("The grant covers education, transportation and communication.\n");
    sure("Ministers from France, Germany and Poland met on Monday.\n");
    sure("The panel has Ana Ruiz, Tom Berg and Holly Stephens.\n");
}

#[test]
fn the_first_item_ends_the_clause_before() {
    // A subject or a verb pair after an opening clause, a list that goes on past its
    // last item, a counted pair, adjectives before a noun pair, a title after a name.
    unsure("Teams clash, and if this happens, development and the organization can suffer.\n");
    unsure("Whenever a participant makes an appointment, thank them and pass along a copy.\n");
    unsure("Instead of listing all requirements, describe your problems and goals.\n");
    unsure("After meeting staff on the Hill, Justin and Gil head off to the White House.\n");
    unsure(
        "So as needs mature, the landscape shifts, and priorities change, executives and teams will build it.\n",
    );
    unsure("Users have created apps, launched new products and services, and have improved it.\n");
    unsure("Servers were watched for availability, occasionally patched or upgraded, and so on.\n");
    unsure("Our challenge is to keep the two interfaces, browser and machine, in sync.\n");
    unsure(
        "Good tools help us create simpler, more beautiful, more usable products and services.\n",
    );
    unsure("It was signed by Denise Turner Roth, GSA Administrator and Garren Givens.\n");
    // Real lists in the same places stay sure.
    sure("In 2020 the team visited Paris, Rome and Berlin.\n");
    sure("They liked it because the infrastructure, readability and taxonomy were sound.\n");
    sure("We showed two new initiatives for citizens, agencies and small businesses.\n");
    sure("A strategy defines topics, themes and purpose, and can also play a part.\n");
    sure(
        "But if dealings with your website, app, software or product cause trouble, they leave.\n",
    );
    sure("Analysts there improve analysis, alleviate resource constraints and deliver results.\n");
}

#[test]
fn a_pair_inside_one_item_of_a_longer_list() {
    // The list trails on, has more items and a serial comma after the pair, or its
    // phrase item runs on to ", and" and a short last item.
    unsure("The survey reached clerks, tax and licensing officers, as well as judges.\n");
    unsure("The archive keeps letters, drafts and printed proofs, etc. in a cold room.\n");
    unsure("The grant covers botany, plant and soil sciences, [and more](https://x.org).\n");
    unsure("We build apps, data and mapping interfaces (APIs), and platforms.\n");
    unsure("It helps screen readers, archive software or services, and for other uses.\n");
    unsure("Hear what people need, sketch and test ideas, gather comments, and repeat it.\n");
    // Real lists followed by a new clause or phrase stay sure.
    sure("We thank readers, donors and the council, and we hope to see them again.\n");
    sure("The grant covers botany, zoology and soil science, which the board reviews.\n");
    sure("A strategy defines topics, themes and purpose, and can also play a part.\n");
    sure("Staff answer email, phone and chat questions, as well as for training new hires.\n");
    sure(
        "It brings a culture that rewards teamwork, candour and care, a set of habits for shipping small changes, and a budget.\n",
    );
}

#[test]
fn repetition() {
    unsure("Item was really, really small, and yes, it ran cool.\n");
    unsure("Item was very, very hot, and dry too.\n");
}

#[test]
fn clauses_asides_and_bylines() {
    // Clauses with a contracted verb, a lone adjective before the last item's noun, a
    // participle's phrase, an aside before a verb-phrase pair, focus words, a byline, an
    // office spelt out by its acronym.
    unsure("All is calm. Everyone's in the hall, everything's ready and everybody's in place.\n");
    unsure("For readers less at ease with technology, printed and audio guides explain it.\n");
    unsure("Staff may leave early for illness, personal or family emergencies.\n");
    unsure("According to this analysis, clerical and sales jobs face the most change.\n");
    unsure("Taking this route, volunteers and their neighbours have planted trees.\n");
    unsure("The app, which riders can get on phones and tablets, tracks buses and sends alerts.\n");
    unsure("This, in turn, saves money and frees staff for other work.\n");
    unsure("The report, released today, continues and extends last year's survey.\n");
    unsure("By May we will ship a few components, most likely tabs and menus.\n");
    unsure("Once the bugs are fixed, even weeks or months later, the team can announce it.\n");
    unsure("Pick the rules you can apply, fully or partially.\n");
    unsure(
        "The talk was given by Maria Olsen, Chief, Parks Division, City Council and Peter Lund.\n",
    );
    unsure("She led the Office of Planning, Research and Evaluation (PRE) for years.\n");
    unsure("Slide 25: For more than 100 years, doctors and nurses have studied it.\n");
    unsure("Just as we deliver services from the start, staff and partners are working.\n");
    unsure("Tell us about your team's changes, big and small.\n");
    unsure("It works as a two-part system, an opening tag and a closing tag.\n");
    unsure("These are the baseline metrics, developed and maintained by a working group.\n");
    unsure("It helps with specificity, keeps everything organized and separated.\n");
    sure(
        "They helped by millions giving time, firms adopting schools, and towns pulling together.\n",
    );
    unsure("They identify as New American, Mexican and American, Latina, Hispanic.\n");
    // Real lists in the same places stay sure.
    sure("Data must be used, stored, and managed with care.\n");
    sure("Each expert works with an editor, who cleans up the answer, adds links, and posts it.\n");
    sure(
        "Since the unit began in 2014, we\u{2019}ve attracted, recruited and hired the best people.\n",
    );
    sure("The board asked for bold, innovative and actionable ideas.\n");
    sure("Staff may leave early for illness, injury and jury duty.\n");
    sure("The app, which riders like, shows buses, trams and ferries.\n");
    sure("It offers coordination across agencies, programs, and devices for the public.\n");
    sure("The panel heard Maria Olsen, Peter Lund and Ana Berg.\n");
    sure("The team studied science, technology, engineering and math (STEM) every week.\n");
    sure(
        "Achieving this requires work across federal agencies, programs, and the functions involved.\n",
    );
}

#[test]
fn emphasis_around_part_of_a_list() {
    let marks = |text: &str| {
        let src = SourceFile::new("t.md", text);
        let doc = parse(&src, Format::Markdown);
        doc.series
            .iter()
            .filter(|s| s.items.len() >= 3)
            .map(|s| s.sure)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        marks("**Treat the launch as a small, careful experiment** and report back.\n"),
        [false]
    );
    assert_eq!(
        marks("Talks: **Notes from Field Work**, Ana Berg and Peter Lund (Parks)\n"),
        [false]
    );
    assert_eq!(marks("We need **maps**, **water** and snacks.\n"), [true]);
    assert_eq!(
        marks("**Bring maps, water and snacks** to the meeting.\n"),
        [true]
    );
}

#[test]
fn a_relative_clause_with_its_own_subject_ends_before_the_list() {
    unsure("After Gormley, who you met earlier, gathered and analyzed her data, she wrote.\n");
    // A "when" clause's own object may be the list: sure.
    sure("It happens when we allow ourselves to wonder, speculate, or ask questions.\n");
}

#[test]
fn a_where_clause_after_the_last_item_does_not_continue_the_list() {
    sure("Italy, Spain and Greece, where most migrants arrive, want a new system.\n");
}
