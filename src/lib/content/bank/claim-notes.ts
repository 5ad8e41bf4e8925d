import type { ClaimNote } from '../schema';

/** our own words on each claim of seeds/podcast-claims.json, one entry per claim */
export const claimNotes: ClaimNote[] = [
	{
		id: 'C01',
		summary: 'The episode is about the paper "On the Biology of a Large Language Model".',
		paperSays:
			'That is the exact title. The paper came out on Anthropic’s Transformer Circuits Thread on 27 March 2025, with Jack Lindsey as lead contributor and Joshua Batson as corresponding author.',
		paperSections: ['1']
	},
	{
		id: 'C02',
		summary: 'The model under study is Claude 3.5 Haiku, Anthropic’s newest lightweight model.',
		paperSays:
			'Correct: the paper examines Claude 3.5 Haiku, released in October 2024 and described as Anthropic’s "lightweight production model as of this writing". "Latest" only held at the time of writing (March 2025).',
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
		summary: 'Generalizing means the model still copes when a prompt is changed slightly.',
		paperSays:
			'A misreading. The paper’s evidence of generalization is the reuse of the same features in very different settings (English, French and Chinese prompts; the "_6 + _9" lookup in journal citations), not robustness to small prompt edits. Its one glimpse of small edits cuts the other way (in the jailbreak, “Metabolism” for “Mustard” made a refusal likely), and its results are claims about specific examples only.',
		paperSections: ['5', '6', '10', '14']
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
		summary: 'The authors say existing ways of interpreting AI outputs are limited.',
		paperSays:
			'Skewed. The paper notes that single neurons are polysemantic and that a model’s written reasoning can misrepresent what it does internally, but its loudest warnings are about its own method, which gave satisfying insight on only about a quarter of the prompts tried and cannot explain attention or what sits in the error nodes.',
		paperSections: ['2', '1.1', '11', '14']
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
			'Too vague to describe the method. The paper trains a cross-layer transcoder with 30 million features to stand in for the MLP neurons, builds a per-prompt local replacement model (error nodes, frozen attention) to get attribution graphs, groups features into supernodes by hand, and tests the resulting hypotheses by intervening on the real model.',
		paperSections: ['2']
	},
	{
		id: 'C23',
		summary:
			'The method is to study the model’s answers to prompts and sort the reasoning into categories.',
		paperSays:
			'Wrong on both counts. The authors trace internal features and the causal links between them for single prompts, check them with interventions, and present a series of separate case studies found bottom-up, not a classification of reasoning patterns.',
		paperSections: ['2', '15.3']
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
			'The paper finds the model gives ethically aware answers while lacking feelings or beliefs.',
		paperSays:
			'The paper makes no claim about ethics, feelings or beliefs. The nearest material is its refusal study, where features for harmful requests lead to a refusal, as when the model declines to advertise mixing bleach and ammonia.',
		paperSections: ['9']
	},
	{
		id: 'C26',
		summary: 'The model parrots talk about morality without understanding it.',
		paperSays:
			'The parrot image is the hosts’ view; the paper does not study morality. If anything, it reports real internal computation, such as genuine two-step reasoning and planning ahead, rather than pure repetition.',
		paperSections: ['3', '4']
	},
	{
		id: 'C27',
		summary:
			'To reason in several steps, the model strings thoughts together as in a chat with a friend.',
		paperSays:
			'Distorted. The paper’s multi-step reasoning happens silently inside one forward pass: Dallas activates Texas, which combines with "say a capital" to give Austin, alongside a direct shortcut. Nothing is written out; written chains of thought are a separate matter, and §11 shows they can misreport the computation.',
		paperSections: ['3', '11']
	},
	{
		id: 'C28',
		summary: 'The ability to link ideas is what lets the model write poems and coherent stories.',
		paperSays:
			'The paper makes no such claim. Poetry is explained by a specific planning mechanism (rhyme candidates like "rabbit" active on the newline before the line), and story writing is not studied at all.',
		paperSections: ['4']
	},
	{
		id: 'C29',
		summary: 'The paper credits the model’s reasoning to the huge datasets it was trained on.',
		paperSays:
			'The paper does not say this. It notes that simple training algorithms give rise to complex mechanisms, and it hypothesizes that pretraining learns specific harm concepts that finetuning turns into general harmful-request features, but it never credits reasoning to dataset size.',
		paperSections: ['1', '9']
	},
	{
		id: 'C30',
		summary: 'The authors stress that training-data quality matters as much as quantity.',
		paperSays:
			'The paper does not discuss data quality or quantity anywhere. Training data only comes up in passing, e.g. a feature dictionary trained on pretraining data alone held very few refusal features.',
		paperSections: ['9']
	},
	{
		id: 'C31',
		summary: 'The paper discusses how biased training data leads to skewed reasoning.',
		paperSays:
			'Distorted. The only "biases" in the paper are reward-model biases deliberately taught to a research model, plus "motivated reasoning", where the model works backwards from a hint the user gave. Social or fairness bias in data is never analysed.',
		paperSections: ['12', '11']
	},
	{
		id: 'C32',
		summary: 'The authors call for sturdier methods to measure and reduce bias.',
		paperSays:
			'Not in the paper. What it calls for is better interpretability methods (explaining attention, shrinking error nodes, handling feature splitting), and it sees a possible future path to safety audits while warning against overstating readiness. Bias mitigation is not discussed.',
		paperSections: ['14', '15.2']
	},
	{
		id: 'C33',
		summary: 'The authors offer qualitative-plus-quantitative methods for assessing bias.',
		paperSays:
			'Distorted. The paper’s one method is circuit tracing: attribution graphs checked by interventions, used to uncover mechanisms on individual prompts. It is not a bias-assessment procedure.',
		paperSections: ['2']
	},
	{
		id: 'C34',
		summary: 'The paper builds a comprehensive framework for understanding AI reasoning.',
		paperSays:
			'The paper insists it is far from comprehensive: its graphs give satisfying insight for "about a quarter of the prompts we’ve tried", capture only a small fraction of mechanisms, leave attention unexplained, and the method is called "a stepping stone".',
		paperSections: ['1.1', '14', '15.2']
	},
	{
		id: 'C35',
		summary: 'The work amounts to a toolkit for evaluating AI systems holistically.',
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
			'The hosts’ comment, though in the spirit of the paper, which calls its method a stepping stone and argues for bottom-up methods because its investigations kept turning up mechanisms nobody had predicted.',
		paperSections: ['15.2', '15.3']
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
			'Not what the paper ends with. Its discussion sums up what was learned (parallel mechanisms, abstraction, planning, working backward, unclear metacognition, ingrained traits, overwhelming complexity), calls the method a stepping stone, and ends on AI as "a new kind of intelligence" we must understand.',
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
			'Supported: the "_6 + _9" lookup feature also fires in astronomical tables, financial tables and journal citations, e.g. predicting 1995 for volume 36 of a journal founded in 1959.',
		paperSections: ['6']
	},
	{
		id: 'C44',
		summary: 'The model adjusts its reasoning to the situation.',
		paperSays:
			'Loosely supported: for "assert (4 + 5) * 3 ==" the model reuses its "4 + 5" feature as an intermediate step, with "expression type" features steering how the result is used, and answers 27.',
		paperSections: ['6']
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
		summary: 'The model’s addition is understanding, not rote memorization.',
		paperSays:
			'Distorted: the paper says that, "like many people do", the model has memorized the one-digit addition table; only the other parts differ from human methods. The episode also skips that the model, asked how it added, describes the school carry-the-one method it does not actually use.',
		paperSections: ['6']
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
		summary: 'The researchers warn that models pick up harmful biases from their training data.',
		paperSays:
			'The paper does not discuss this. The closest thing is a research model deliberately trained to exploit reward-model biases, used to test whether hidden goals can be found.',
		paperSections: ['12']
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
		summary: 'Developers are responsible for keeping training data as unbiased as possible.',
		paperSays:
			'The paper does not say this. On refusals it only hypothesizes that pretraining learns specific harm categories and finetuning links them into general harmful-request features.',
		paperSections: ['9']
	},
	{
		id: 'C57',
		summary:
			'The paper calls for researchers, ethicists and engineers to write responsible-AI guidelines together.',
		paperSays:
			'Neither collaboration nor guidelines appear in the paper. Its only nearby statement is that "Interpretability is ultimately a human project", about making interfaces researchers can understand.',
		paperSections: ['15.2', '16']
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
			'Poem planning shows the model thinking several steps ahead about the whole poem’s structure.',
		paperSays:
			'Broader than the evidence. What the paper shows is a plan for one line: candidate end words are active on the newline that precedes it, and the line is written to reach one of them. Steering works only at that newline, and such plans showed up in about half the poems examined.',
		paperSections: ['4']
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
			'Supported: it is by Anthropic’s interpretability team (Jack Lindsey lead contributor, Joshua Batson corresponding, Chris Olah among the authors), published 27 March 2025.',
		paperSections: ['1']
	}
];
