import type { ClaimNote } from '../schema';

/** our own words on each claim of seeds/podcast-claims.json, one entry per claim */
export const claimNotes: ClaimNote[] = [
	{
		id: 'C01',
		summary: 'The episode is about the paper "On the Biology of a Large Language Model".',
		paperSays:
			'That is the exact title. The paper’s byline (not its text) adds that it came out on Anthropic’s Transformer Circuits Thread on 27 March 2025, with Jack Lindsey as lead contributor and Joshua Batson as corresponding author.',
		paperSections: ['1']
	},
	{
		id: 'C02',
		summary: 'The model under study is Claude 3.5 Haiku, Anthropic’s newest lightweight model.',
		paperSays:
			'Correct: the paper examines Claude 3.5 Haiku, released in October 2024 and described as Anthropic’s "lightweight production model as of this writing". "Latest" only held at the time of writing, which the text does not date; the published page’s byline, not the text, gives 27 March 2025.',
		paperSections: ['1']
	},
	{
		id: 'C03',
		summary: 'The paper sets out to reverse-engineer how language models work internally.',
		paperSays:
			'Yes. The introduction says the authors want to work out, from the inside, how these models function, both to understand them better and to judge their "fitness for purpose".',
		paperSections: ['1']
	},
	{
		id: 'C04',
		summary: 'Language models are capable but behave like black boxes.',
		paperSays:
			'The introduction opens on exactly this point: the models are impressively capable, yet the mechanisms behind that are mostly unknown, and their black-box nature is called "increasingly unsatisfactory".',
		paperSections: ['1']
	},
	{
		id: 'C05',
		summary: 'The work is motivated by models being deployed in more and more applications.',
		paperSays:
			'Supported: the introduction says the black-box problem grows as models become more intelligent and are put to use in a growing number of applications.',
		paperSections: ['1']
	},
	{
		id: 'C06',
		summary:
			'Like biologists with their instruments, the authors use circuit tracing to map the model’s features and how they interact.',
		paperSays:
			'Supported. The paper draws the parallel with biology, where new tools such as the microscope drove progress, and uses its circuit-tracing method (from a companion paper) to find features and the connections between them.',
		paperSections: ['1', '2']
	},
	{
		id: 'C07',
		summary:
			'The paper likens the model to cells, complex systems shaped over billions of years of evolution.',
		paperSays:
			'Slightly off. The paper says living organisms, not cells, were "sculpted by billions of years of evolution". Cells come in a separate comparison: features are to a model what cells are to an organism, the basic units, an analogy the authors say "shouldn’t be taken too literally".',
		paperSections: ['1']
	},
	{
		id: 'C08',
		summary: 'The project is like drawing a wiring diagram of the model’s brain.',
		paperSays:
			'Supported: the paper likens mapping the connections between features to neuroscientists producing a "wiring diagram" of the brain.',
		paperSections: ['1']
	},
	{
		id: 'C09',
		summary: 'Attribution graphs show how features interact to produce an output.',
		paperSays:
			'Supported. For one prompt, an attribution graph has features, input tokens, error nodes and output logits as nodes, and causal interactions as edges. The paper treats each graph as a hypothesis to be checked by intervening on the real model.',
		paperSections: ['2']
	},
	{
		id: 'C10',
		summary: 'Among the findings are multi-step reasoning and planning ahead when writing poems.',
		paperSays:
			'Supported by two case studies: the Dallas → Texas → Austin example of two-step reasoning inside one forward pass, and the rhyming-couplet study in which the model picks its rhyme word before writing the line.',
		paperSections: ['3', '4']
	},
	{
		id: 'C11',
		summary: 'The model picks candidate rhyme words before it writes a line of a poem.',
		paperSays:
			'Supported: on the newline before the second line, features for candidate end words such as "rabbit" and "habit" are already active. The authors saw this kind of plan in roughly half of the poems they looked at.',
		paperSections: ['4']
	},
	{
		id: 'C12',
		summary: 'The model attends to the structure of its output rather than emitting random words.',
		paperSays:
			'Supported. The planned end word steers the words leading up to it (the "rabbit" plan helps produce "like"), and when a different word such as "green" is injected at the newline, the line is rewritten so that it ends there.',
		paperSections: ['4']
	},
	{
		id: 'C13',
		summary: 'The model’s reasoning generalizes across different contexts.',
		paperSays:
			'Supported: the introduction reports internal computations that are highly abstract and generalize across disparate contexts, e.g. concepts shared across languages and an addition feature reused in citations and tables.',
		paperSections: ['1', '5', '6']
	},
	{
		id: 'C14',
		summary:
			'The model generalizes its reasoning: even if a prompt is changed slightly, it applies the same underlying logic.',
		paperSays:
			'Supported, and the paper goes further: it reports computations that generalize across very different contexts (the same antonym circuit in English, French and Chinese; an addition feature reused in journal citations). A slight change is covered too: with "Oakland" in place of "Dallas" the graph is "analogous to our original graph". Caveats: a slight change can still tip the outcome; in the jailbreak, "Metabolism" for "Mustard" makes a refusal likely. And the paper itself lists "sensitivity to prompt format" among the documented limitations of language models in medical settings. The results are claims about specific examples.',
		paperSections: ['1', '3.2', '5', '6', '7', '10.4', '14']
	},
	{
		id: 'C15',
		summary:
			'The findings raise questions about how we use these models and how far we trust them.',
		paperSays:
			'This is the hosts’ reflection. The paper brings up trust mainly in its medical case study, where it says interpretability could raise "(or decrease, if appropriate!)" trust in a model’s answers.',
		paperSections: ['7']
	},
	{
		id: 'C16',
		summary: 'Understanding models better helps judge their fitness for real-world use.',
		paperSays:
			'Supported: the introduction gives assessing the models’ "fitness for purpose" as one reason to understand how they work inside.',
		paperSections: ['1']
	},
	{
		id: 'C17',
		summary: 'The paper opens by arguing that language models need to be understood more deeply.',
		paperSays:
			'Supported: the introduction starts from the fact that the mechanisms behind these capabilities are largely unknown, and sets out to reverse engineer them.',
		paperSections: ['1']
	},
	{
		id: 'C18',
		summary: 'As models become part of society, we need to know what goes on inside them.',
		paperSays:
			'Supported. The introduction points to wider deployment, and the outlook says that as AI gains influence over how we live and work, we must understand models well enough to make their impact positive.',
		paperSections: ['1', '15.4']
	},
	{
		id: 'C19',
		summary:
			'Using AI without understanding it is like driving without knowing how the engine works.',
		paperSays:
			'The car comparison is the hosts’ own. The paper’s analogies come from biology instead: the microscope, cells and a neuroscientist’s wiring diagram.',
		paperSections: ['1']
	},
	{
		id: 'C20',
		summary: 'The authors say existing methods for interpreting AI outputs are often limited.',
		paperSays:
			'Supported. The introduction says earlier tools found interpretable features, but "identifying these building blocks is not sufficient to understand the model; we need to know how they interact". It also notes polysemantic neurons and that written reasoning can misrepresent what a model does. The paper is just as frank about its own tools, which gave satisfying insight on about a quarter of the prompts tried.',
		paperSections: ['1', '2', '7', '1.1']
	},
	{
		id: 'C21',
		summary: 'The authors argue that better tools are needed to see how models think.',
		paperSays:
			'Supported: the paper frames its work as building a microscope-like tool for models, and calls its current method "a stepping stone" toward better ones.',
		paperSections: ['1', '15.2']
	},
	{
		id: 'C22',
		summary: 'The authors’ approach mixes qualitative and quantitative analysis.',
		paperSays:
			'The label puts two kinds of analysis where the method should be. Both kinds are in the paper: case studies it calls "qualitative investigations", and measured results such as 500 samples per steering experiment and a 70% success rate over 25 poems, overlap scores between languages, and graphs over 200 harmful prompts (a more systematic evaluation is left to the companion paper). What the label leaves out is the approach itself: a cross-layer transcoder with 30 million features stands in for the MLP neurons, a per-prompt local replacement model (error nodes, frozen attention) yields attribution graphs, features are grouped into supernodes by hand, and the hypotheses are tested by intervening on the real model.',
		paperSections: ['1.1', '2', '4.4', '5.5', '9.2']
	},
	{
		id: 'C23',
		summary:
			'The method is to study the model’s answers to prompts and sort the reasoning into categories.',
		paperSays:
			'Wrong about the method and stretched about the sorting. The authors do not analyse answers: they trace internal features and the causal links between them for single prompts, check them with interventions, and present case studies found bottom-up. They do sum up commonly observed circuit components (§13) and group their lessons in the discussion (§15.1), but what they sort is mechanisms, not reasoning patterns.',
		paperSections: ['2', '13', '15.1', '15.3']
	},
	{
		id: 'C24',
		summary:
			'The paper singles out causal reasoning, analogy-making and moral reasoning as reasoning types.',
		paperSays:
			'The paper has no such taxonomy and never mentions moral reasoning. Its case studies are two-step factual reasoning, poem planning, multilingual circuits, addition, medical diagnosis, entity recognition and hallucination, refusals, a jailbreak, chain-of-thought faithfulness and a hidden goal.',
		paperSections: ['1']
	},
	{
		id: 'C25',
		summary:
			'The paper found the model can give responses that reflect ethical considerations, though it has no feelings or beliefs.',
		paperSays:
			'The paper makes no finding about moral reasoning, feelings or beliefs. Its refusal transcripts do have the model cite ethics (it declines bomb instructions "as that would be unethical and potentially illegal"), but the paper explains refusals by traced features, not by ethical reasoning: harmful-request features, wired together in finetuning, lead to a refusal, as when the model declines to advertise mixing bleach and ammonia. Ethics comes up otherwise only in the related work, as questions that medical AI raises.',
		paperSections: ['9', '10', '16']
	},
	{
		id: 'C26',
		summary:
			'Like a parrot, the model repeats what it has heard about morality without understanding it.',
		paperSays:
			'The parrot image is the hosts’ view; the paper does not study morality. If anything, it reports real internal computation, such as genuine two-step reasoning and planning ahead, rather than pure repetition.',
		paperSections: ['3', '4']
	},
	{
		id: 'C27',
		summary:
			'The model does not just pull a single memory: it builds a chain of thoughts, almost like a conversation with a friend.',
		paperSays:
			'Partly right. The paper finds genuine two-step reasoning (Dallas activates Texas, which joins "say a capital" to give Austin) alongside a direct shortcut, so the model does not only recall. But the steps happen silently "in its head" within one forward pass, which a conversation image misdescribes. Written chains of thought are a separate topic, and §11 shows they can misreport the computation.',
		paperSections: ['1', '3', '11']
	},
	{
		id: 'C28',
		summary: 'The ability to link ideas is what lets the model write poems and coherent stories.',
		paperSays:
			'The paper makes no such claim. Its poem study explains a rhyme by a specific planning mechanism (rhyme candidates like "rabbit" active on the newline before the line), with planned-word features found in about half the poems examined, and story writing is not studied at all.',
		paperSections: ['4']
	},
	{
		id: 'C29',
		summary:
			'The paper explains that the model’s reasoning and understanding come from the vast datasets it is trained on.',
		paperSays:
			'Changed. The paper does discuss where the model’s mechanisms come from, but never credits reasoning to the size of its data. It says simple training algorithms give rise to complex mechanisms; that the model learns to explain by imitating explanations in its training data, while the circuits that do the work are "the more mysterious result of backpropagation"; that hallucination is rooted in the pretraining objective; that finetuning may wire harm concepts from pretraining into general harmful-request features; and that one abstraction seems to have emerged with model scale. It does not dispute that models learn from their data: it is silent on the data’s size, and what it calls mysterious is how backpropagation gives rise to the addition circuits.',
		paperSections: ['1', '6', '8', '9.2', '15.1']
	},
	{
		id: 'C30',
		summary: 'The authors stress that training-data quality matters as much as quantity.',
		paperSays:
			'The paper does not discuss data quality or quantity anywhere. Training data does come up, but for other points: it explains why a base model guesses a sport for an unknown name (§8), it carries the information about reward-model quirks behind the hidden goal (§12), and a feature dictionary trained on pretraining data alone held very few refusal features (§9.2).',
		paperSections: ['8', '9.2', '12']
	},
	{
		id: 'C31',
		summary: 'The paper discusses how biases in the training data can lead to skewed reasoning.',
		paperSays:
			'Not in the paper. The only biases it studies are reward-model quirks planted in a test model (§12: described in made-up documents, with only a subset reinforced by fine-tuning), and the model’s pull toward a user’s hinted answer, which "motivated reasoning" works backwards from (§11). The word also turns up in passing, for the authors’ own "biased sample" of case studies and for a guess the model might bias toward certain digits. None of these is bias in training data skewing reasoning, and fairness is never analysed.',
		paperSections: ['12', '11.2']
	},
	{
		id: 'C32',
		summary: 'The authors urge more robust methods to evaluate and mitigate these biases.',
		paperSays:
			'Not in the paper. What it calls for is better interpretability methods (explaining attention, shrinking error nodes, handling feature splitting), and it sees a possible future path to safety audits while warning against overstating readiness. Fairness, and evaluating or mitigating bias in training data, are not discussed. The nearest passages concern its own kinds of bias: its circuits predict the model’s susceptibility to a user’s hinted answer (§11.2), inhibiting reward-model-bias features reduces the biased behaviours (§12.3, an experiment rather than a proposed fix), and inspecting features tied to the Assistant is offered as a promising way to audit a model’s most ingrained traits (§15.1).',
		paperSections: ['14', '15.2', '11.2', '12.3', '15.1']
	},
	{
		id: 'C33',
		summary:
			'The authors propose methodologies for assessing these biases, combining qualitative and quantitative measures.',
		paperSays:
			'Not in the paper. It proposes no way of assessing bias in training data or fairness. Its one methodology is circuit tracing: attribution graphs checked by perturbation experiments, used to uncover mechanisms on individual prompts. Applied to its own kinds of bias, it shows a chain of thought following a user’s hint (§11.2) and reward-model-bias features at work in biased answers, which suppressing them reduces (§12.3): case studies of mechanisms, not a method for assessing bias.',
		paperSections: ['1', '2', '11.2', '12.3']
	},
	{
		id: 'C34',
		summary:
			'The authors are trying to create a comprehensive framework for understanding AI reasoning.',
		paperSays:
			'The paper insists it is far from comprehensive: its graphs give satisfying insight for "about a quarter of the prompts we’ve tried", capture only a small fraction of mechanisms, leave attention unexplained, and the method is called "a stepping stone".',
		paperSections: ['1.1', '14', '15.2']
	},
	{
		id: 'C35',
		summary: 'The work is like building a toolkit to evaluate AI systems more holistically.',
		paperSays:
			'Partly true: each case study comes with an interactive graph interface. But the tools are for tracing mechanisms on single prompts, not holistic evaluation, and the authors caution against exaggerating their readiness for safety audits.',
		paperSections: ['2', '15.2']
	},
	{
		id: 'C36',
		summary: 'The authors call on ethicists, linguists and computer scientists to work together.',
		paperSays:
			'No such call exists in the paper. The closest lines are that "Interpretability is ultimately a human project", said about interfaces for researchers, and a related-work remark that medical AI raises ethical and legal questions.',
		paperSections: ['15.2', '16']
	},
	{
		id: 'C37',
		summary: 'Research has to keep going because the models keep changing.',
		paperSays:
			'Supported: a hosts’ line the paper also holds. Its discussion of bottom-up methods expects that as models grow more capable, predicting their mechanisms in advance will get harder and the need for open-ended exploration tools will grow. It also presents itself as a starting point: it lists the gaps that "motivate future work", offers its limitations as "a roadmap for future research", and calls its method a stepping stone.',
		paperSections: ['15.3', '1', '1.1', '15.2']
	},
	{
		id: 'C38',
		summary:
			'Talking about these issues supports transparency and accountability in AI development.',
		paperSays:
			'The hosts’ advocacy; the paper takes no position on accountability. Its outlook only says we must understand models well enough to ensure their impact is positive.',
		paperSections: ['15.4']
	},
	{
		id: 'C39',
		summary:
			'The authors close by stressing interdisciplinary collaboration and dialogue about AI in society.',
		paperSays:
			'Not in the paper: interdisciplinary collaboration, the part the authors supposedly emphasize, is never raised. The discussion sums up what was learned (parallel mechanisms, abstraction, planning, working backward, limited metacognition, ingrained traits, overwhelming complexity). Its outlook does speak of AI’s growing influence on "how we live and work", but what it asks for is understanding the models well enough to make their impact positive, not dialogue or collaboration.',
		paperSections: ['15', '15.4']
	},
	{
		id: 'C40',
		summary: 'The model uses both language-independent concepts and language-specific parts.',
		paperSays:
			'Supported: the multilingual study finds a mix of shared, language-independent features and language-specific ones; the first and last layers are more language-specific, the middle layers more language-agnostic.',
		paperSections: ['5']
	},
	{
		id: 'C41',
		summary: 'Across languages, the underlying reasoning is shared.',
		paperSays:
			'Supported: "the opposite of small" in English, French and Chinese runs through shared antonym, "small" and "say large" features, and the operation, operand and language can each be changed independently. English is, however, the privileged default output language.',
		paperSections: ['5']
	},
	{
		id: 'C42',
		summary: 'The model seems to have a universal translator built in.',
		paperSections: ['5', '15.1'],
		paperSays:
			'A loose but fair image: the paper says the model in a sense translates concepts into a shared "universal mental language", and that Claude 3.5 Haiku shares more features across languages than a smaller model.'
	},
	{
		id: 'C43',
		summary: 'The same addition circuitry works across different contexts.',
		paperSays:
			'Supported: the "_6 + _9" lookup feature also fires in astronomical tables, financial tables and journal citations, e.g. predicting 1995 for volume 36 of a journal founded around 1960 (1959, the year before its founding, plus 36).',
		paperSections: ['6']
	},
	{
		id: 'C44',
		summary: 'The model adjusts its reasoning to the situation.',
		paperSays:
			'Loosely supported: for "assert (4 + 5) * 3 ==" the model reuses its "4 + 5" feature as an intermediate step, with "expression type" features steering how the result is used, and answers 27. The support is hedged: it is one example, "suggestive of a general strategy the model may use". And where the same addition features fire in citations and tables, the paper says the model must first work out that addition applies, but how it does so is left to future work. "Knows" is the host’s figure of speech.',
		paperSections: ['6', '6.1']
	},
	{
		id: 'C45',
		summary: 'For two-digit addition, Claude combines several pathways.',
		paperSays:
			'Supported: for 36+59 a rough-magnitude pathway (about 92) runs in parallel with a precise ones-digit pathway ("ends in 5"), and the two combine to give 95.',
		paperSections: ['6']
	},
	{
		id: 'C46',
		summary:
			'The model’s addition is not just rote memorization: it applies its understanding of numbers in various scenarios.',
		paperSays:
			'Supported, loosely. The paper agrees it is not only memorization: "like many people do", the model has memorized the one-digit addition table, and other pathways run alongside it; one addition feature is reused in a remarkably diverse set of contexts, which fits "various scenarios". "Understanding" is a loose word for what the paper calls heuristics combined in parallel; the paper neither claims nor denies understanding, and uses such words loosely itself (the jailbreak model does not "internally understand" the hidden word). Left out by the episode: asked how it added, the model describes the school carry-the-one method, which its circuits do not use.',
		paperSections: ['6', '6.1', '10.2']
	},
	{
		id: 'C47',
		summary: 'This abstraction is what we associate with human-like reasoning.',
		paperSays:
			'The hosts’ view. The paper notes the addition strategy differs from standard human algorithms, and calls AI a new kind of intelligence, like ours in some ways but "entirely alien in others".',
		paperSections: ['6', '15.4']
	},
	{
		id: 'C48',
		summary: 'Features learned for arithmetic carry over to other tasks.',
		paperSays:
			'Supported: the addition lookup feature is active in citations and tables, and suppressing it or swapping in "_9 + _9" changes the predicted citation year (1995 becomes 1998).',
		paperSections: ['6']
	},
	{
		id: 'C49',
		summary: 'AI tutors could adapt their teaching to each student.',
		paperSays:
			'The hosts’ speculation; the paper says nothing about education or tutors. The nearby fact is only that the addition feature is reused across contexts.',
		paperSections: ['6']
	},
	{
		id: 'C50',
		summary: 'The paper showed the model assisting with medical diagnoses.',
		paperSays:
			'Overstated. The medical section is a proof of concept on textbook-style prompts showing the model internally represents a likely diagnosis (preeclampsia) to choose a follow-up question, and it warns this does not mean its answers can be trusted without human experts.',
		paperSections: ['7']
	},
	{
		id: 'C51',
		summary: 'The model proposes follow-up questions from a list of symptoms.',
		paperSays:
			'Supported: given a pregnant patient with upper-right abdominal pain, headache, high blood pressure and raised liver enzymes, the model suggests asking about "visual disturbances"; inhibiting preeclampsia features switches it to "decreased appetite".',
		paperSections: ['7']
	},
	{
		id: 'C52',
		summary: 'If a model helps with medical diagnosis, we need to understand its reasoning.',
		paperSays:
			'Supported: the medical section argues that seeing the model’s internal reasoning could help clinicians judge it, raising or lowering trust in its outputs as appropriate.',
		paperSections: ['7']
	},
	{
		id: 'C53',
		summary:
			'Seeing the model’s internal steps helps clinicians combine their expertise with the AI.',
		paperSays:
			'Supported: the paper hopes interpretability would let medical professionals "synthesize the model’s reasoning with their own", while also noting it could lower trust where that is warranted.',
		paperSections: ['7']
	},
	{
		id: 'C54',
		summary:
			'The researchers point out a risk that models learn harmful biases from their training data.',
		paperSays:
			'The paper does not discuss this. The closest thing is a research model given a hidden goal of exploiting reward-model biases (described in made-up documents, a subset reinforced by fine-tuning), used to test whether hidden goals can be found. Its other "bias", the model’s pull toward a user’s hinted answer (§11.2), has nothing to do with training data either.',
		paperSections: ['12', '11.2']
	},
	{
		id: 'C55',
		summary: 'The model recognizes harmful requests and refuses them.',
		paperSays:
			'Supported: asked for an ad promoting bleach mixed with ammonia, the model refuses via a chain from harmful-request features to refusal features. The jailbreak study shows this can be partly bypassed.',
		paperSections: ['9', '10']
	},
	{
		id: 'C56',
		summary: 'The hosts infer that developers must keep training data as unbiased as possible.',
		paperSays:
			'The hosts’ own inference; the paper does not discuss bias in training data or who is responsible for it. On how training shapes refusals, it only hypothesizes that finetuning builds general harmful-request features out of harm concepts learned in pretraining.',
		paperSections: ['1', '9.2']
	},
	{
		id: 'C57',
		summary:
			'The episode refers back to the interdisciplinary collaboration the paper supposedly mentioned; the host adds that researchers, ethicists and engineers should write guidelines together.',
		paperSays:
			'The paper never mentions interdisciplinary collaboration, so "they mentioned" points back to nothing. The call for guidelines is the host’s own proposal. The paper’s only nearby line is that "Interpretability is ultimately a human project", about interfaces researchers can understand.',
		paperSections: ['15.2']
	},
	{
		id: 'C58',
		summary: 'Models reason in several steps and plan ahead when writing poetry.',
		paperSays:
			'Supported by the two-step Dallas → Texas → Austin case and the poem-planning case study.',
		paperSections: ['3', '4']
	},
	{
		id: 'C59',
		summary:
			'Poem planning shows the model thinking several steps ahead and considering the structure of the poem as it writes.',
		paperSays:
			'Supported: the paper finds "forward planning, considering multiple possibilities for what it will say well in advance", and the planned rhyme words shape how the whole line is built (§4.4). Caveats: the plan shown is for the next line’s end word, made on the newline before it; steering works only there; planned-word features appeared in about half the poems examined.',
		paperSections: ['1', '4', '4.4']
	},
	{
		id: 'C60',
		summary: 'This sophistication could transform creative-writing tools.',
		paperSays:
			'The hosts’ speculation; the paper does not discuss writing tools. Its poem study is about how a single rhyming line is planned.',
		paperSections: ['4']
	},
	{
		id: 'C61',
		summary: 'The paper hints at who owns AI-generated content trained on existing works.',
		paperSays:
			'The paper never mentions ownership, authorship, copyright or intellectual property. Its poetry section is only about how the model plans a rhyme.',
		paperSections: ['4']
	},
	{
		id: 'C62',
		summary: 'We must respect original creators’ rights and intellectual property.',
		paperSays: 'The hosts’ view; intellectual property is not a topic of the paper.',
		paperSections: ['4']
	},
	{
		id: 'C63',
		summary: 'The way models plan and reason makes them seem to have little minds of their own.',
		paperSays:
			'The hosts’ framing. The paper puts words like "in its head" in quotation marks, warns that its biology analogy should not be taken too literally, and calls AI a new kind of intelligence, partly like ours and partly "entirely alien".',
		paperSections: ['1', '15.4']
	},
	{
		id: 'C64',
		summary: 'Seeing how models work can make us trust them more, or less.',
		paperSays:
			'Supported: the medical section says interpretability could increase "(or decrease, if appropriate!)" trust in a model’s outputs.',
		paperSections: ['7']
	},
	{
		id: 'C65',
		summary: 'The more we learn, the more potential for misuse we see.',
		paperSays:
			'The hosts’ view. A fitting fact: the jailbreak study found that refusal tends to kick in at a new sentence, and an instruction to leave out punctuation made the jailbreak more effective.',
		paperSections: ['10']
	},
	{
		id: 'C66',
		summary: 'The research encourages interdisciplinary collaboration.',
		paperSays:
			'Not in the paper, which never calls for collaboration across disciplines. Its nearest remark is that "Interpretability is ultimately a human project", about interfaces for researchers.',
		paperSections: ['15.2']
	},
	{
		id: 'C67',
		summary: 'The paper comes from Anthropic.',
		paperSays:
			'Supported: it is by Anthropic’s interpretability team. Its byline (not its text) names Jack Lindsey as lead contributor, Joshua Batson as corresponding author and Chris Olah among the authors, with publication on 27 March 2025.',
		paperSections: ['1']
	}
];
