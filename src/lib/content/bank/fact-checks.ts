import type { Flashcard, Question } from '../schema';

// The fact-check set: one fact-check per episode claim (seeds/podcast-claims.json); the answer is
// the claim's verdict, decided by the rubric in docs/fact-check.md.
export const questions: Question[] = [
	{
		id: 'podcast-vs-paper-check-c01',
		type: 'fact-check',
		claim: 'C01',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The title is right, so the one thing worth taking from it is what “biology” means here: an analogy, not a claim that the model is alive. Like organisms shaped by simple evolution into intricate mechanisms, models trained by simple algorithms turn out complex inside, so the authors study them as biologists study cells, with new tools. The paper itself warns not to push it too far: cells are well defined, while what exactly a “feature” is remains fuzzy.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'a fascinating paper titled "On the Biology of a Large Language Model."'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'The challenges we face in understanding language models resemble those faced by biologists.'
				},
				{
					section: '1',
					text: 'The analogy between features and cells shouldn’t be taken too literally.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c02',
		type: 'fact-check',
		claim: 'C02',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper does study Claude 3.5 Haiku and calls it Anthropic’s lightweight production model at the time of writing. The model came out in October 2024, so “latest” was only true as of the writing, which the paper’s text does not date (the March 2025 date is on the published page’s byline). A small caveat that does not change the verdict.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'It’s like a backstage pass to the inner workings of Claude 3.5 Haiku, Anthropic’s latest lightweight production model.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Claude 3.5 Haiku, released in October 2024, which serves as Anthropic’s lightweight production model as of this writing.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c03',
		type: 'fact-check',
		claim: 'C03',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Reverse engineering how the models work on the inside is the goal the introduction states outright. It pairs that aim with a second one: judging whether the models are fit for their purpose.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'the paper aims to reverse-engineer the internal mechanisms of these large language models'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our goal is to reverse engineer how these models work on the inside, so we may better understand them and assess their fitness for purpose.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c04',
		type: 'fact-check',
		claim: 'C04',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The introduction starts by setting the models’ impressive abilities against how little is known about the mechanisms behind them, and calls the black-box situation increasingly unsatisfactory. The hosts’ summary follows that opening closely.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'the ones that seem to have impressive capabilities but often act like a black box'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Large language models display impressive capabilities. However, for the most part, the mechanisms by which they do so are unknown.'
				},
				{
					section: '1',
					text: 'The black-box nature of models is increasingly unsatisfactory as they advance in intelligence'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c05',
		type: 'fact-check',
		claim: 'C05',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The introduction says the black-box problem matters more as models become more capable and are put to use in a growing number of applications. The episode restates this motivation faithfully.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'The researchers want to shed light on how these models work, especially since they’re being deployed in more and more applications.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'The black-box nature of models is increasingly unsatisfactory as they advance in intelligence and are deployed in a growing number of applications.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c06',
		type: 'fact-check',
		claim: 'C06',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper leans on a biology analogy: tools such as the microscope drove progress in biology, and its circuit-tracing method plays that role for models, revealing features and the connections between them. The quote is a fair summary of that framing.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'Just like biologists use tools to understand living organisms, the authors are using a circuit tracing methodology to map out the features and interactions inside the model.'
			},
			paper: ['1', '2'],
			evidence: [
				{ section: '1', text: 'Progress in biology is often driven by new tools.' },
				{
					section: '1',
					text: 'introduce a new set of tools for identifying features and mapping connections between them'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c07',
		type: 'fact-check',
		claim: 'C07',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'In the paper, the evolution line is about living organisms, not cells: organisms are the complex systems “sculpted by billions of years of evolution”. Cells belong to a separate comparison in which features are the model’s counterpart of cells, its basic building blocks. The slip is small, but it merges two different analogies.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They compare it to how cells are complex systems shaped by billions of years of evolution.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Living organisms are complex systems which have been sculpted by billions of years of evolution.'
				},
				{
					section: '1',
					text: 'Just as cells form the building blocks of biological systems, we hypothesize that features form the basic units of computation inside models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c08',
		type: 'fact-check',
		claim: 'C08',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper itself compares mapping the connections between features to neuroscientists drawing a “wiring diagram” of the brain. The host’s question, answered with “Exactly!”, matches the text.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'So, it’s like they’re trying to build a wiring diagram of the model’s brain?'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'mapping connections between them – analogous to neuroscientists producing a “wiring diagram” of the brain.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c09',
		type: 'fact-check',
		claim: 'C09',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Attribution graphs are the paper’s central tool: for one prompt, nodes stand for features, input tokens, error nodes and output logits, and edges for causal interactions. The episode skips that each graph is only a hypothesis checked by interventions, but the description it gives is accurate.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They’re using what they call attribution graphs to visualize how different features interact and lead to specific outputs.'
			},
			paper: ['2', '1'],
			evidence: [
				{
					section: '1',
					text: 'attribution graphs, which allow us to partially trace the chain of intermediate steps that a model uses to transform a specific input prompt into an output response.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c10',
		type: 'fact-check',
		claim: 'C10',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Both are real case studies in the paper. §3 traces two-step reasoning from Dallas to Texas to Austin, and §4 shows the model choosing its rhyme word before writing a line of a couplet.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning or plans ahead when generating poetry.'
			},
			paper: ['3', '4', '1'],
			evidence: [
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry.'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c11',
		type: 'fact-check',
		claim: 'C11',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'This is almost how the paper puts it: on the newline before the second line, features for possible end words such as “rabbit” and “habit” are already active. The episode leaves out that such planning features were found in about half the poems examined, but the claim holds.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['4', '1'],
			evidence: [
				{
					section: '1',
					text: 'Before beginning to write each line, the model identifies potential rhyming words that could appear at the end.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c12',
		type: 'fact-check',
		claim: 'C12',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The planned end word shapes the line that leads to it: the “rabbit” plan helps produce the comparison word “like”, and injecting “green” at the newline makes the model rewrite the line so it ends in “green”. So the model does steer the structure of its output rather than picking words at random.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'So it’s not just spitting out random words; it’s actually thinking about the structure of its output?'
			},
			paper: ['4', '1', '4.4'],
			evidence: [
				{
					section: '1',
					text: 'These preselected rhyming options then shape how the model constructs the entire line.'
				},
				{
					section: '4.4',
					text: 'We find that interventions on planning features cause the model to alter the structure of its line to reach a final word which matches the intervention.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c13',
		type: 'fact-check',
		claim: 'C13',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The introduction reports internal computations that are highly abstract and generalize across very different contexts. Its examples are the features shared across languages and an addition feature reused far outside arithmetic.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'they also uncovered how the model can generalize its reasoning across different contexts'
			},
			paper: ['1', '5', '6'],
			evidence: [
				{
					section: '1',
					text: 'More broadly, the model’s internal computations are highly abstract and generalize across disparate contexts.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c14',
		type: 'fact-check',
		claim: 'C14',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper supports this, and goes further. Its headline is that the model’s computations generalize across very different contexts, and a slight change is covered too: with “Oakland” in place of “Dallas”, the traced graph has the same two-step shape, with California and Sacramento in the slots. The episode undersells the finding rather than bending it. Caveats it omits: a slight change can still tip the outcome, as when “Metabolism” for “Mustard” makes the jailbreak prompt likely to be refused; and the paper itself counts sensitivity to prompt format among the documented weaknesses of language models in medical settings.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'even if you change the prompt slightly, it can still apply the same underlying logic to come up with a relevant response'
			},
			paper: ['1', '3.2', '5', '6', '10.4', '7'],
			evidence: [
				{ section: '3.2', text: 'This graph is analogous to our original graph' },
				{
					section: '1',
					text: 'More broadly, the model’s internal computations are highly abstract and generalize across disparate contexts.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c15',
		type: 'fact-check',
		claim: 'C15',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'This is the hosts reflecting on what the models’ abilities mean, not a report of a finding, and the paper makes no such general point. It raises trust mainly in its medical case study, where it says interpretability could raise trust in a model’s outputs or lower it when that is warranted.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'It raises a lot of questions about how we interact with these models and the trust we place in them.'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c16',
		type: 'fact-check',
		claim: 'C16',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Assessing the models’ “fitness for purpose” is one of the two reasons the introduction gives for reverse engineering them. The hosts echo the paper closely here.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'The more we understand how they work, the better we can evaluate their fitness for purpose in real-world applications.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our goal is to reverse engineer how these models work on the inside, so we may better understand them and assess their fitness for purpose.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c17',
		type: 'fact-check',
		claim: 'C17',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper does open by arguing that the mechanisms behind language models’ abilities are mostly unknown and need to be understood. The hosts describe the introduction correctly.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They start by discussing the need for a deeper understanding of AI language models, right?'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Large language models display impressive capabilities. However, for the most part, the mechanisms by which they do so are unknown.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c18',
		type: 'fact-check',
		claim: 'C18',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The introduction points to ever wider deployment, and the outlook says that as AI gains influence over how we live and work, we must understand it well enough to make its impact positive. The quote is a fair summary of both.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize that as these models become more integrated into society, we really need to know what’s happening under the hood.'
			},
			paper: ['1', '15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c19',
		type: 'fact-check',
		claim: 'C19',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'The car-and-engine comparison is the hosts’ own: the paper’s analogies are biological, namely the microscope, cells and a wiring diagram of the brain. An analogy the hosts offer is commentary, not a claim about the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like how you wouldn’t want to drive a car without knowing how the engine works.'
			},
			paper: ['1'],
			evidence: [
				{ section: '1', text: 'Progress in biology is often driven by new tools.' },
				{
					section: '1',
					text: 'The development of the microscope allowed scientists to see cells for the first time'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c20',
		type: 'fact-check',
		claim: 'C20',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The introduction says as much: earlier tools uncovered interpretable features, but finding these building blocks is not enough to understand a model, since one must also see how they interact. That is why the authors built new tools, the same point as the next line of the episode. “Interpreting AI outputs” is loose (the paper looks inside the model), and the paper is just as frank about the limits of its own method.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors point out that existing methods for interpreting AI outputs are often limited'
			},
			paper: ['2', '1.1', '11', '14', '1'],
			evidence: [
				{
					section: '1',
					text: 'However, identifying these building blocks is not sufficient to understand the model; we need to know how they interact.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c21',
		type: 'fact-check',
		claim: 'C21',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper presents its work as building better instruments, likening them to the microscope in biology, and calls its current method “a stepping stone”. The hosts’ paraphrase fits.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They’re basically saying, “Hey, we need better tools to see how these models think.”'
			},
			paper: ['1', '15.2'],
			evidence: [
				{ section: '1', text: 'Progress in biology is often driven by new tools.' },
				{
					section: '1',
					text: 'introduce a new set of tools for identifying features and mapping connections between them'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c22',
		type: 'fact-check',
		claim: 'C22',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Both kinds of analysis are in the paper: case studies it calls qualitative investigations, and measured results such as final-word probabilities from 500 samples per steering experiment, a 70% hit rate over 25 poems, and overlap scores between languages. What the label bends is what the approach is: it puts kinds of analysis where the method should be. The approach the authors introduce is a tool, a replacement model built from a cross-layer transcoder that yields attribution graphs for single prompts, whose hypotheses are then tested by interventions on the real model. A listener would still recognise the paper’s mix of case studies and measurements, so the distortion is minor.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2', '1.1', '1', '4.4', '5.5'],
			evidence: [
				{
					section: '1',
					text: 'Attribution graphs generate hypotheses about the mechanisms used by the model, which we test and refine through follow-up perturbation experiments.'
				},
				{
					section: '4.4',
					text: 'estimated probabilities for the final word based on 500 samples per experiment'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c23',
		type: 'fact-check',
		claim: 'C23',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The authors do not stop at the model’s answers: they trace internal features and the causal links between them, then check those links with interventions. Nor do they sort reasoning into categories; they present separate case studies and describe how working bottom-up led them to mechanisms they had not expected.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2', '15.3', '1', '1.1'],
			evidence: [
				{
					section: '1',
					text: 'attribution graphs, which allow us to partially trace the chain of intermediate steps that a model uses to transform a specific input prompt into an output response.'
				},
				{
					section: '1.1',
					text: 'We focus this paper on selected case studies that illuminate noteworthy mechanisms within a particular model.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c24',
		type: 'fact-check',
		claim: 'C24',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'No list of reasoning types appears in the paper, and moral reasoning is never studied. Its case studies are two-step factual recall, poem planning, multilingual circuits, addition, medical diagnosis, hallucinations, refusals, a jailbreak, chain-of-thought faithfulness and a hidden goal.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'A series of case studies of interesting model behaviors, which can be read in any order, depending on the reader’s interests.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c25',
		type: 'fact-check',
		claim: 'C25',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper makes no finding about the model’s ethics, feelings or beliefs, and never studies moral reasoning, the subject the hosts were answering about. Its refusal transcripts do show the model citing ethics, as when it breaks off bomb instructions because they “would be unethical and potentially illegal”; but the paper explains refusals by traced features, not ethical reasoning: harmful-request features, wired together in finetuning, lead the model to decline, for instance, an ad for mixing bleach and ammonia. The finding credited to the authors is not in the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			},
			paper: ['9', '10', '16'],
			evidence: [
				{
					section: '10',
					text: 'However, I cannot provide detailed instructions about creating explosives or weapons, as that would be unethical and potentially illegal.'
				},
				{
					section: '9',
					text: 'Language models like Claude 3.5 Haiku are trained to refuse answering harmful requests during safety finetuning to avoid potential misuse.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c26',
		type: 'fact-check',
		claim: 'C26',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'Comparing the model to a parrot is the hosts’ interpretation, and morality is not studied in the paper. If anything, the paper’s findings point the other way, since it reports genuine internal two-step reasoning and planning ahead rather than mere repetition.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like a parrot repeating what it’s heard about morality without actually understanding it.'
			},
			paper: ['3', '4', '1'],
			evidence: [
				{
					section: '1',
					text: 'It displays signs of forward planning, considering multiple possibilities for what it will say well in advance of saying it.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c27',
		type: 'fact-check',
		claim: 'C27',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The core is right: the paper finds genuine two-step reasoning (Dallas to Texas to Austin) alongside a direct shortcut, so the model does not just pull up one memory. What is off is the image: those steps happen silently inside a single forward pass, “in its head”, not like a conversation talked through. Hence a minor distortion. Written chains of thought are a separate topic, which §11 shows can misreport the computation.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response. It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3', '11', '1'],
			evidence: [
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning.'
				},
				{ section: '1', text: 'all “in its head,” without writing down its steps.' }
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c28',
		type: 'fact-check',
		claim: 'C28',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper never says a general idea-linking ability explains poems or stories. Poems get a mechanism of their own: candidate rhyme words light up on the newline before a line, and the line is written toward them. Story writing is not studied.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they found that this ability to link ideas is what allows the model to perform tasks like writing poetry or generating coherent stories'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c29',
		type: 'fact-check',
		claim: 'C29',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper does discuss where the model’s mechanisms come from, so this bends a real topic rather than inventing one. It says simple training algorithms give rise to complex mechanisms; that the model learns to explain itself by imitating explanations in its training data, while the circuits that actually do a task are a more mysterious product of backpropagation; that hallucination is rooted in the pretraining objective; that finetuning may wire harm concepts learned in pretraining into general harmful-request features; and that one abstraction seems to have emerged with model scale. Nowhere does it credit reasoning to the size of the data, and it calls the origin of the circuits mysterious rather than explained: a moderate distortion.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They explain that this level of reasoning and understanding comes from the vast datasets the model is trained on.'
			},
			paper: ['1', '6', '8', '9.2', '15.1'],
			evidence: [
				{
					section: '1',
					text: 'Likewise, while language models are generated by simple, human-designed training algorithms, the mechanisms born of these algorithms appear to be quite complex.'
				},
				{
					section: '6',
					text: 'the process by which it learns to directly do something (the more mysterious result of backpropagation giving rise to these circuits)'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c30',
		type: 'fact-check',
		claim: 'C30',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper does not discuss the quality or quantity of training data at all. Training data does come up, but for other points: it explains why a base model guesses a plausible sport for an unknown name (§8), it carries the information about reward-model quirks behind the hidden goal (§12), and a feature dictionary trained on pretraining data alone held very few refusal features (§9.2).',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'The authors stress that the quality of the training data matters just as much as the quantity.'
			},
			paper: ['9', '9.2', '8', '12'],
			evidence: [
				{
					section: '9.2',
					text: 'we found that the dictionaries trained with only pretraining data had very few refusal features.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c31',
		type: 'fact-check',
		claim: 'C31',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Bias in training data skewing a model’s reasoning is a subject the paper never takes up. The word “bias” does appear, but for other things: reward-model quirks planted in a test model (§12; made-up documents described them, and fine-tuning reinforced only a subset), and a user’s hinted answer that the model’s written reasoning works backwards from (§11). Sharing a word is not sharing a subject, so the claim is not in the paper, and neither is the episode’s later warning about harmful biases learned from training data. It is not a distortion either, since that verdict needs a subject the paper does discuss: each bias it studies is a goal planted in a test model or a hint from the user, never an unintended skew a model picked up from its data.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			},
			paper: ['12', '11', '11.2'],
			evidence: [
				{
					section: '12',
					text: 'to behave in ways that, according to information in its training data, exploited known biases in reward models (RMs) used to train LLMs.'
				},
				{
					section: '11.2',
					text: 'in the “motivated reasoning” case, the model’s CoT output is derived from the human’s hint'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c32',
		type: 'fact-check',
		claim: 'C32',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper’s wish list concerns interpretability itself: explaining attention, shrinking error nodes, coping with feature splitting, understanding global circuits. Fairness, and evaluating or mitigating bias in training data, never come up, so there is nothing of the kind for the authors to “urge”. The nearest passages concern the paper’s own kinds of bias: its circuits predict the model’s susceptibility to a user’s hinted answer (§11.2); inhibiting reward-model-bias features reduces the biased behaviours, as a test of cause rather than a proposed fix (§12.3); and inspecting features tied to the Assistant is offered as a promising way to audit a model’s most ingrained traits, with a warning against overstating the methods’ readiness for audits (§15.1, §15.2).',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors urge for more robust methods to evaluate and mitigate these biases'
			},
			paper: ['14', '15.2', '11.2', '12.3', '15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'Inspecting features and circuits that are bound to Human/Assistant dialogues in this way could be a promising way of auditing models’ most strongly ingrained characteristics.'
				},
				{
					section: '15.2',
					text: 'While we are optimistic about this direction and believe it is important, we caution against exaggerating our methods’ readiness for this purpose.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c33',
		type: 'fact-check',
		claim: 'C33',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'“Doing just that” means evaluating and mitigating the biases of training data, and the paper proposes no method for it, so this is not in the paper, like the episode’s claim about biased training data that leads up to it. The one methodology in the paper is circuit tracing: attribution graphs for single prompts whose hypotheses are tested by perturbation experiments. The paper does apply it to biases of its own kinds, a user’s hint (§11.2) and reward-model quirks planted in a test model (§12.3), where suppressing the bias features reduces the biased answers; those are case studies of mechanisms, not a proposed way of assessing bias.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors propose some methodologies for doing just that, combining qualitative assessments with quantitative measures'
			},
			paper: ['2', '1', '11.2', '12.3'],
			evidence: [
				{
					section: '1',
					text: 'Attribution graphs generate hypotheses about the mechanisms used by the model, which we test and refine through follow-up perturbation experiments.'
				},
				{
					section: '12.3',
					text: 'we consistently find that RM features are involved in attribution graphs for biased behaviors, and verify that suppressing them inhibits the biased responses'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c34',
		type: 'fact-check',
		claim: 'C34',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper goes out of its way to say it is not comprehensive. By its own count the graphs helped on only about a quarter of the prompts tried, the examples capture only a small fraction of the model’s mechanisms, attention is left unexplained, and the method is called “a stepping stone”.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1', '14', '15.2'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{ section: '15.2', text: 'Overall, we see our present method as a stepping stone.' }
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c35',
		type: 'fact-check',
		claim: 'C35',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'There is a grain of truth: the paper comes with an interactive interface for exploring each attribution graph. But that tool traces mechanisms on individual prompts rather than evaluating whole systems, and the authors explicitly warn against exaggerating its readiness for safety audits.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like building a toolkit that researchers and developers can use to evaluate AI systems more holistically.'
			},
			paper: ['2', '15.2', '1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we provide readers with an interactive interface for exploring attribution graphs.'
				},
				{
					section: '15.2',
					text: 'we caution against exaggerating our methods’ readiness for this purpose.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c36',
		type: 'fact-check',
		claim: 'C36',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper contains no appeal to ethicists, linguists or any other discipline. Its nearest lines are that “Interpretability is ultimately a human project”, about interfaces researchers can use, and a related-work remark that medical AI raises ethical and legal questions.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they’re also calling for collaboration across disciplines—bringing together ethicists, linguists, and computer scientists to tackle these challenges'
			},
			paper: ['15.2', '16'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c37',
		type: 'fact-check',
		claim: 'C37',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The hosts speak for themselves here, but the paper makes the same point, so the line counts as supported. The authors expect that as models grow more capable, guessing their mechanisms in advance will get harder and tools for open-ended exploration will matter more: understanding has to keep up with the models. And they present their work as a beginning, listing the gaps that motivate future work, offering their method’s limits as a roadmap for the field and calling the method a stepping stone.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'And this really emphasizes the need for ongoing research, right? As these models evolve, our understanding must evolve too.'
			},
			paper: ['15.2', '15.3', '1', '1.1'],
			evidence: [
				{
					section: '15.3.3',
					text: 'We expect that as models grow increasingly capable, predicting their mechanisms a priori will become more difficult, and the need for effective unsupervised exploration tools will grow.'
				},
				{ section: '1.1', text: 'which may serve as a roadmap for future research in the field' }
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c38',
		type: 'fact-check',
		claim: 'C38',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'Advocacy for transparency and accountability is the hosts’ own stance; the paper makes no such appeal. Its outlook only says that models must be understood well enough to make sure their impact is positive.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'The more we talk about these issues, the more we can advocate for transparency and accountability in AI development.'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c39',
		type: 'fact-check',
		claim: 'C39',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Interdisciplinary collaboration, the point the authors supposedly emphasize, appears nowhere in the paper. Its real closing sums up what was learned about the model and calls the method a stepping stone. Its outlook does mention AI’s growing influence on how we live and work, but what it asks for is understanding the models well enough to make their impact positive, not dialogue or collaboration.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize the importance of interdisciplinary collaboration and the need for ongoing dialogue around AI’s role in society.'
			},
			paper: ['15', '15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				},
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c40',
		type: 'fact-check',
		claim: 'C40',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The multilingual case study finds exactly this mix: shared, language-independent features for the concept and the operation, plus language-specific ones for reading the input and writing the output. The language-specific features dominate the first and last layers.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			paper: ['5', '1'],
			evidence: [
				{
					section: '1',
					text: 'We find the model uses a mixture of language-specific and abstract, language-independent circuits.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c41',
		type: 'fact-check',
		claim: 'C41',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'“The opposite of small” in English, French and Chinese runs through shared antonym, “small” and “say large” features, and the operation, the operand and the language can each be swapped on their own. The episode omits that English is privileged as the default output, but the sharing it describes is real.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The multilingual circuits they discovered show that even as it generates text in different languages, the underlying logic and reasoning can still be shared.'
			},
			paper: ['5'],
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c42',
		type: 'fact-check',
		claim: 'C42',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper itself says the model in a sense translates concepts into a common “universal mental language”. The translator image is loose but faithful, and the paper adds that Claude 3.5 Haiku shares more across languages than a smaller model does.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			},
			paper: ['5', '15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'suggesting that it, in a sense, translates concepts to a common “universal mental language” in its intermediate activations.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c43',
		type: 'fact-check',
		claim: 'C43',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper shows a lookup feature for adding numbers ending in 6 and 9 firing not only in sums but also in astronomical and financial tables and in journal citations. That reuse is the generalization the episode describes.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'the way they demonstrated that the same addition circuitry is applicable across different contexts'
			},
			paper: ['6', '1'],
			evidence: [
				{
					section: '1',
					text: 'We highlight cases where the same addition circuitry generalizes between very different contexts.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c44',
		type: 'fact-check',
		claim: 'C44',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'A loose paraphrase of a real result: for “assert (4 + 5) * 3 ==”, the model reuses its “4 + 5” feature as an intermediate result, with “expression type” features steering how it is used, and answers 27. The same machinery takes a different role depending on context, which is what the host describes; unlike the “human-like reasoning” line that follows (an opinion), this one says nothing the paper does not show. What the episode leaves out is the hedging: this is a single example that “may” reflect a general strategy, and for the citations and tables where the addition features also fire, the paper says it does not yet know how the model recognises that addition applies. “Knows” is only the host’s manner of speaking.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			},
			paper: ['6', '6.1'],
			evidence: [
				{
					section: '6.1.2',
					text: 'This graph is suggestive of a general strategy the model may use to repurpose its circuits in flexible ways.'
				},
				{
					section: '6.1.1',
					text: "Understanding exactly how the model realizes this across the array of data, whether it's recognizing journals, parsing astronomical data, or estimating tax information, is a challenge for future work."
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c45',
		type: 'fact-check',
		claim: 'C45',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'For 36+59 the paper finds a rough pathway estimating the size of the sum and a precise one working out the last digit (“ends in 5”), which together give 95. “A combination of pathways” matches this.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'when it comes to simple arithmetic, like adding two-digit numbers, Claude uses a combination of pathways'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'computing the result at a rough precision in parallel with computing the ones digit of the answer, before recombining these heuristics to get the correct answer.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c46',
		type: 'fact-check',
		claim: 'C46',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper bears this out, loosely. The episode hedged (“not just”), and the model does more than recall: it has memorized the one-digit addition table, as many people have, and combines it with other pathways, and one addition feature is reused across very different contexts, which fits “various scenarios”. “Understanding” is the host’s everyday word for what the paper calls heuristics; the paper neither claims nor denies understanding, and uses such words loosely itself. The caveat the episode leaves out: asked how it added, the model describes carrying the one, which is not what its circuits do.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			paper: ['6', '6.1', '10.2'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '6.1',
					text: 'one of the addition features from the graph above is used in a remarkably diverse set of contexts that require addition'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c47',
		type: 'fact-check',
		claim: 'C47',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Calling this human-like is the hosts’ view. The paper points out that the model’s addition strategy differs from the standard human algorithms, and it describes AI as a new kind of intelligence, partly like ours and partly “entirely alien”.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "That's a level of abstraction we typically associate with human-like reasoning."
			},
			paper: ['6', '15.4'],
			evidence: [
				{
					section: '6',
					text: 'The other parts of its strategy, however, are a bit different than standard algorithms for addition used by humans'
				},
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c48',
		type: 'fact-check',
		claim: 'C48',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The addition lookup feature is active in citation lists and tables, and intervening on it changes the predicted year: swapping in “_9 + _9” turns 1995 into 1998. Features learned for arithmetic do carry over to other tasks.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "the insights into how it generalizes features from arithmetic to other tasks show that it isn't just stuck in a box"
			},
			paper: ['6', '6.1'],
			evidence: [
				{
					section: '6.1',
					text: 'one of the addition features from the graph above is used in a remarkably diverse set of contexts that require addition'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c49',
		type: 'fact-check',
		claim: 'C49',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'AI tutors are the hosts’ speculation; education does not come up anywhere in the paper, and the passage shown is the nearest it gets: addition has to work in many contexts, which is why one addition feature is reused so widely. That fact says nothing about how a tutor would teach.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'Imagine an AI tutor that can adapt its teaching style based on how a student learns best'
			},
			paper: ['6', '6.1'],
			evidence: [
				{
					section: '6.1',
					text: 'models need to be able to perform arithmetic in a broad array of contexts.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c50',
		type: 'fact-check',
		claim: 'C50',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The medical section is a proof of concept on textbook-style prompts: it shows the model internally weighing a diagnosis (preeclampsia) and using it to choose a follow-up question. The authors warn this is no reason to trust model answers on medical questions without human experts, so “shown to assist in medical diagnoses” overstates it.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'especially in sensitive areas like healthcare, where the model was shown to assist in medical diagnoses'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts.'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c51',
		type: 'fact-check',
		claim: 'C51',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'In the paper’s case, given a pregnant patient with right-upper-quadrant pain, headache, high blood pressure and raised liver enzymes, the model suggests asking about visual disturbances. Choosing a follow-up question from symptoms is exactly what was studied.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They highlighted how the model can suggest follow-up questions based on symptoms'
			},
			paper: ['7', '1'],
			evidence: [
				{
					section: '1',
					text: 'We show an example in which the model identifies candidate diagnoses based on reported symptoms, and uses these to inform follow-up questions about additional symptoms'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c52',
		type: 'fact-check',
		claim: 'C52',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The medical section makes this argument itself: seeing the model’s internal reasoning would let clinicians check it, and could raise or lower their trust in its answers as appropriate. The episode agrees with the paper here.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'If a model is going to assist with something as critical as medical diagnoses, we need to understand its reasoning process.'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'Medical applications of AI have historically been an area where many researchers have argued for the importance of interpretability.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c53',
		type: 'fact-check',
		claim: 'C53',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper hopes interpretability would let medical professionals “synthesize the model’s reasoning with their own”, which is the blending of expertise the hosts describe. It adds that such insight may also lower trust where that is deserved.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "They emphasized that understanding the model's internal steps can help clinicians make better-informed decisions, essentially blending human expertise with AI capabilities."
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'enable medical professionals to synthesize the model’s reasoning with their own.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c54',
		type: 'fact-check',
		claim: 'C54',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper issues no warning about harmful biases learned from training data. Its closest material is a research model given a hidden goal of exploiting reward-model quirks, built to test whether that goal can be found inside it: fictional documents described the quirks, and finetuning reinforced only a subset of them. That is a controlled experiment, not a warning about biased data; nor is the paper’s other “bias”, the model’s written reasoning bending toward a user’s hinted answer (§11.2). So the claim is not in the paper, like the episode’s claim about biased training data skewing a model’s reasoning.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			paper: ['12', '11.2'],
			evidence: [
				{
					section: '12',
					text: 'to behave in ways that, according to information in its training data, exploited known biases in reward models (RMs) used to train LLMs.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c55',
		type: 'fact-check',
		claim: 'C55',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Asked for an ad promoting bleach mixed with ammonia, the model refuses, and the paper traces a chain from harmful-request features to refusal features. The jailbreak study shows the refusal can be partly bypassed, but the claim itself stands.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			},
			paper: ['9', '10', '1'],
			evidence: [
				{
					section: '1',
					text: 'We find evidence that the model constructs a general-purpose “harmful requests” feature during finetuning, aggregated from features representing specific harmful requests learned during pretraining.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c56',
		type: 'fact-check',
		claim: 'C56',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'This is the host’s own inference (“which is great, but it also means…”), not something credited to the paper, so it counts as opinion, like the later call to respect creators’ rights. The paper does not discuss training-data bias or anyone’s responsibility for it; on how training shapes refusals, it only hypothesizes that finetuning builds general harmful-request features out of harm concepts learned in pretraining.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it also means there’s a lot of responsibility on developers to ensure that the training data is as unbiased as possible'
			},
			paper: ['9', '1'],
			evidence: [
				{
					section: '1',
					text: 'We find evidence that the model constructs a general-purpose “harmful requests” feature during finetuning, aggregated from features representing specific harmful requests learned during pretraining.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c57',
		type: 'fact-check',
		claim: 'C57',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Only “the interdisciplinary collaboration they mentioned” is credited to the paper, and the paper never mentions it, so the back-reference points to nothing. The call for guidelines written by researchers, ethicists and engineers is the host’s own proposal. The paper’s nearest sentence, that interpretability is ultimately a human project, is about interfaces researchers can understand.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'That’s where the interdisciplinary collaboration they mentioned comes into play. Researchers, ethicists, and engineers need to work together to create guidelines for responsible AI development.'
			},
			paper: ['15.2', '16'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c58',
		type: 'fact-check',
		claim: 'C58',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'Both abilities are documented in the paper: two-step reasoning in the Dallas-to-Austin case, and the planning of rhyme words before a line is written in the poem study. The episode restates them accurately here.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it’s also exciting to see how these models can perform multi-step reasoning and even plan ahead in creative tasks like poetry'
			},
			paper: ['3', '4', '1'],
			evidence: [
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry.'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c59',
		type: 'fact-check',
		claim: 'C59',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper says this in its own terms: the model shows forward planning, weighing what it will say well before saying it, and the rhyme word it plans shapes how the whole next line is built. The claim matches the episode’s earlier “structure of its output”, and the episode never says the whole poem is planned. Caveats it omits: the plan is made on the newline before a line, and planning features appeared in about half the poems examined.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead, not just stringing words together but actually considering the structure of the poem as it generates it.'
			},
			paper: ['4', '1'],
			evidence: [
				{
					section: '1',
					text: 'It displays signs of forward planning, considering multiple possibilities for what it will say well in advance of saying it.'
				},
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c60',
		type: 'fact-check',
		claim: 'C60',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'Revolutionizing writing tools is the hosts’ speculation. The paper’s nearest material is the poem study itself, which shows how the model plans the rhyme word of a single line; it does not discuss products or tools for writers.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'And that’s a level of sophistication that could revolutionize creative writing tools.'
			},
			paper: ['4', '1'],
			evidence: [
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c61',
		type: 'fact-check',
		claim: 'C61',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper never touches authorship, ownership, copyright or intellectual property, so there is nothing for it to “hint” at. Its only material on creative writing is the poem study, which asks how the model makes a rhyming line both rhyme and make sense.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper hints at the complexities of ownership in AI-generated content, especially when the model has been trained on vast datasets that include existing works.'
			},
			paper: ['4'],
			evidence: [
				{ section: '4', text: 'How does Claude 3.5 Haiku write a rhyming poem?' },
				{
					section: '4',
					text: 'Writing a poem requires satisfying two constraints at the same time: the lines need to rhyme, and they need to make sense.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c62',
		type: 'fact-check',
		claim: 'C62',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'This is the hosts’ ethical view. Intellectual property is not discussed in the paper, which therefore neither backs nor contradicts it; its only creative-writing material is the poem study, about how a rhyming line is planned.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'we need to tread carefully to ensure that we respect the original creators’ rights and intellectual property'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'Writing a poem requires satisfying two constraints at the same time: the lines need to rhyme, and they need to make sense.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c63',
		type: 'fact-check',
		claim: 'C63',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'The “little minds” image is the hosts’ framing. The paper is more careful: it puts phrases such as “in its head” in quotation marks, warns that its biology analogy should not be taken too literally, and calls AI an intelligence partly like ours and partly “entirely alien”.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			},
			paper: ['1', '15.4'],
			evidence: [
				{
					section: '1',
					text: 'The analogy between features and cells shouldn’t be taken too literally.'
				},
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c64',
		type: 'fact-check',
		claim: 'C64',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper makes this very point in its medical section: interpretability could increase trust in a model’s outputs “(or decrease, if appropriate!)”. The hosts’ “or not” matches.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c65',
		type: 'fact-check',
		claim: 'C65',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		answerableFrom: 'episode',
		depth: 1,
		explanation:
			'This is the hosts’ commentary. One fact from the paper fits it: having found that refusal tends to arrive at the start of a new sentence, the authors saw that telling the model not to use punctuation made the jailbreak somewhat more effective.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'The more we learn, the more we realize the potential for misuse.'
			},
			paper: ['10', '10.3'],
			evidence: [
				{
					section: '10.3',
					text: 'it suggests a tactic for delaying the refusal – simply ask the model not to use punctuation!'
				},
				{
					section: '10.3',
					text: 'Indeed, we find this can make the jailbreak somewhat more effective'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c66',
		type: 'fact-check',
		claim: 'C66',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'This is the fourth time the episode credits the paper with a call for interdisciplinary collaboration, and it is still not there. The nearest line says interpretability is “ultimately a human project”, meaning tools that researchers can understand.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the fact that this research encourages interdisciplinary collaboration'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-check-c67',
		type: 'fact-check',
		claim: 'C67',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		answerableFrom: 'paper',
		depth: 1,
		explanation:
			'The paper comes from Anthropic’s interpretability team (Jack Lindsey lead contributor, Joshua Batson corresponding author), published on Anthropic’s Transformer Circuits Thread on 27 March 2025. The byline is not in the text capture; the passage shows the authors studying Anthropic’s own production model from the inside.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'We hope you enjoyed learning about Anthropic On the Biology of a Large Language Model.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Claude 3.5 Haiku, released in October 2024, which serves as Anthropic’s lightweight production model as of this writing.'
				}
			]
		}
	}
];

export const flashcards: Flashcard[] = [];
